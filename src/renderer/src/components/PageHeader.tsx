// The top of every page: an optional breadcrumb, the h1 with what the page is about under it, and
// the page's toolbar. And what a page shows before its data is there: "Loading…", or why it could
// not be read with the way back.
import type { ReactNode } from 'react'

interface Props {
  /** The h1's id: the page's section is labelled by it. */
  titleId: string
  title: ReactNode
  /** The page above this one, for the breadcrumb; `here` names this page in it. */
  parent?: { label: string; href: string; here: string }
  /** Facts, goal and notes under the title. */
  children?: ReactNode
  /** The toolbar's buttons. */
  actions?: ReactNode
}

export const PageHeader = ({ titleId, title, parent, children, actions }: Props) => (
  <>
    {parent && (
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href={parent.href}>{parent.label}</a> <span aria-hidden="true">›</span> {parent.here}
      </nav>
    )}
    <div className="page-head">
      <div>
        <h1 id={titleId}>{title}</h1>
        {children}
      </div>
      {actions && <div className="toolbar">{actions}</div>}
    </div>
  </>
)

export const PageLoading = () => <p className="muted">Loading…</p>

/** A page whose data could not be read: the backend's message, and the way back. */
export const PageReadError = ({ message, back }: { message: string; back: { label: string; href: string } }) => (
  <section>
    <p className="form-error" role="alert">
      {message}
    </p>
    <a href={back.href}>{back.label}</a>
  </section>
)
