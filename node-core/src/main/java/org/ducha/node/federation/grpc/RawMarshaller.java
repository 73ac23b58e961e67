package org.ducha.node.federation.grpc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.Marshaller;

import org.ducha.proto.federation.v1.FederationServiceGrpc;

/**
 * Passes frames as bytes so that the link code parses them itself: a frame that does not
 * parse is refused and audited and the stream goes on, instead of gRPC ending the call.
 */
final class RawMarshaller implements Marshaller<byte[]> {

	static final RawMarshaller INSTANCE = new RawMarshaller();

	/** The Sync method with frames as bytes. */
	static final MethodDescriptor<byte[], byte[]> SYNC = FederationServiceGrpc.getSyncMethod()
		.toBuilder(INSTANCE, INSTANCE)
		.build();

	@Override
	public InputStream stream(byte[] value) {
		return new ByteArrayInputStream(value);
	}

	@Override
	public byte[] parse(InputStream stream) {
		try {
			return stream.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
