'use strict';
// autocannon's worker require()s a file whose export is the function (see visitor.cjs).
module.exports = require('./visitor.cjs').onResponse;
