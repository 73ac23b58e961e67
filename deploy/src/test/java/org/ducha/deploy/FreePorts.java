package org.ducha.deploy;

/**
 * Free TCP ports on 127.0.0.1 for the servers the process tests start: each port is
 * handed out once per test JVM ({@link LoopbackPorts}, shared with the Keycloak server).
 */
public final class FreePorts {

	private FreePorts() {
	}

	public static int next() {
		return LoopbackPorts.next();
	}

}
