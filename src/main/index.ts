import { startBallast } from './app'

startBallast()
