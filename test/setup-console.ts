import {Console} from 'node:console'

// Jest wraps console.log with call-site noise; oclif prints through it. Plain output keeps captures clean.
global.console = new Console({stdout: process.stdout, stderr: process.stderr})
