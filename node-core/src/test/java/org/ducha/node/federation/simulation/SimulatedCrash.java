package org.ducha.node.federation.simulation;

/**
 * A node dies at this instant. An {@link Error}, so that no handler of the engine
 * mistakes it for a failure it could record: the transaction rolls back and nothing after
 * it runs.
 */
final class SimulatedCrash extends Error {

	SimulatedCrash(String where) {
		super(where, null, false, false);
	}

}
