package org.ducha.node.federation.grpc;

import java.util.concurrent.Executor;

import io.grpc.CallCredentials;
import io.grpc.Metadata;

/**
 * The child's node token on its Sync call, as an {@code authorization: Bearer …} header.
 */
final class BearerCredentials extends CallCredentials {

	private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private final String token;

	BearerCredentials(String token) {
		this.token = token;
	}

	@Override
	public void applyRequestMetadata(RequestInfo request, Executor executor, MetadataApplier applier) {
		Metadata headers = new Metadata();
		headers.put(AUTHORIZATION, "Bearer " + this.token);
		applier.apply(headers);
	}

}
