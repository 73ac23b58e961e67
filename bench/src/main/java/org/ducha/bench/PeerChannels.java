package org.ducha.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;

import org.ducha.node.pki.NodeCertificates;
import org.ducha.node.security.LocalKeys;
import org.ducha.node.security.LocalTokens;
import org.ducha.node.security.Role;
import org.ducha.node.security.SecuritySettings;

/**
 * The identities and connections of simulated peers, as a node's own: a certificate of
 * the run's CA naming the peer's code (mutual TLS), and a node token naming it beside the
 * certificate. Their connections share event loops of their own, so that their transport
 * work is not counted as the province's.
 */
final class PeerChannels implements AutoCloseable {

	/** Prefix of the simulators' network threads. */
	static final String THREADS = "bench-sim-net";

	private final BenchNode.Site site;

	private final LocalTokens tokens;

	private final EventLoopGroup loops = new NioEventLoopGroup(2, new DefaultThreadFactory(THREADS, true));

	PeerChannels(BenchNode.Site site, SecuritySettings security) {
		this.site = site;
		try {
			this.tokens = new LocalTokens(LocalKeys.ensure(site.keys()), security.issuer(), security.audience());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A TLS connection to a parent's link server with the certificate of node
	 * {@code code}.
	 */
	ManagedChannel open(String code, String address) {
		NodeCertificates.Files ca = NodeCertificates.ensureCa(this.site.pki().resolve("ca"), "Ducha bench CA");
		NodeCertificates.Files certificate = NodeCertificates.ensureNode(ca, code, this.site.pki().resolve("nodes"));
		try {
			return NettyChannelBuilder.forTarget(address)
				.eventLoopGroup(this.loops)
				.channelType(NioSocketChannel.class)
				.sslContext(GrpcSslContexts.forClient()
					.keyManager(certificate.certificate().toFile(), certificate.privateKey().toFile())
					.trustManager(ca.certificate().toFile())
					.build())
				.keepAliveTime(30, TimeUnit.SECONDS)
				.keepAliveTimeout(10, TimeUnit.SECONDS)
				.keepAliveWithoutCalls(true)
				.maxInboundMessageSize(4 * 1024 * 1024)
				.build();
		}
		catch (SSLException ex) {
			throw new IllegalStateException("Could not set up TLS for simulated node " + code, ex);
		}
	}

	/** A fresh node token naming {@code code}, as the node's Sync call carries it. */
	CallCredentials token(String code) {
		String token = this.tokens.mint("node-" + code, code, null, List.of(Role.NODE.claim()), Duration.ofHours(1));
		return new CallCredentials() {

			@Override
			public void applyRequestMetadata(RequestInfo request, Executor executor, MetadataApplier applier) {
				Metadata headers = new Metadata();
				headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
				applier.apply(headers);
			}

		};
	}

	@Override
	public void close() {
		this.loops.shutdownGracefully(0, 2, TimeUnit.SECONDS);
	}

}
