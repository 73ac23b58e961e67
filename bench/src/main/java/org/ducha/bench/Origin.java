package org.ducha.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the benchmark's events are born: the province's outbox, written in transactions
 * of the province's own, as a business change writes it.
 */
final class Origin {

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	Origin(BenchNode node) {
		this.outbox = node.bean(Outbox.class);
		this.transaction = new TransactionTemplate(node.bean(PlatformTransactionManager.class));
	}

	/**
	 * Sends deliveries in one transaction.
	 * @return {@link System#nanoTime()} right after the commit
	 */
	long send(Channel channel, List<Delivery> deliveries) {
		this.transaction.executeWithoutResult((status) -> deliveries.forEach((d) -> this.outbox.send(channel, d)));
		return System.nanoTime();
	}

	long send(Channel channel, Delivery delivery) {
		return send(channel, List.of(delivery));
	}

	/**
	 * Queues {@code count} deliveries in transactions of {@code perTransaction}.
	 * @return how long it took
	 */
	Duration queue(Channel channel, int count, int perTransaction, Supplier<Delivery> deliveries) {
		long started = System.nanoTime();
		for (int sent = 0; sent < count; sent += perTransaction) {
			List<Delivery> chunk = new ArrayList<>(perTransaction);
			for (int i = 0; i < Math.min(perTransaction, count - sent); i++) {
				chunk.add(deliveries.get());
			}
			send(channel, chunk);
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
