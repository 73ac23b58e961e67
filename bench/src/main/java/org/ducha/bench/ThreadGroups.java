package org.ducha.bench;

/**
 * Which part of the benchmark JVM a thread works for, by its name, to attribute CPU time
 * in scenario 5: the province node, the gRPC servers' network threads (the province's
 * link server carries all of scenario 5's traffic), the simulated peers, or the rest.
 */
final class ThreadGroups {

	static final String PROVINCE = "province";

	static final String SERVER_TRANSPORT = "gRPC server transport";

	static final String SIMULATORS = "simulators";

	static final String OTHER = "other";

	private ThreadGroups() {
	}

	static String of(String threadName) {
		if (threadName == null) {
			return OTHER;
		}
		if (threadName.startsWith("bench-sim")) {
			return SIMULATORS;
		}
		if (threadName.startsWith("grpc-default-worker") || threadName.startsWith("grpc-nio-worker")
				|| threadName.startsWith("grpc-default-boss")) {
			return SERVER_TRANSPORT;
		}
		if (threadName.contains(Events.PROVINCE)) {
			return PROVINCE;
		}
		return OTHER;
	}

}
