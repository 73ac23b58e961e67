/**
 * The benchmark harness (issue 7): the federation's throughput, latency, catch-up and
 * footprint, each measured beside the embedded database's own insert rate in the same
 * run, over several rounds, reported as median and spread.
 */
package org.ducha.bench;
