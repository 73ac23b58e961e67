package org.ducha.node.federation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.ducha.proto.federation.v1.Batch;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A received channel's lane (docs/protocol.md, "Lanes and merged batches"): a channel's
 * batches never wait behind another channel's, keep their order, and those waiting
 * together are handed over as one run up to the merge cap.
 */
class ChannelLaneTests {

	private final ExecutorService taskWorker = Executors.newSingleThreadExecutor();

	private final ExecutorService alertWorker = Executors.newSingleThreadExecutor();

	private final CountDownLatch taskStarted = new CountDownLatch(1);

	private final CountDownLatch releaseTask = new CountDownLatch(1);

	private final AtomicBoolean taskInProgress = new AtomicBoolean();

	/** The batches of each run the slow task lane applied. */
	private final List<Integer> taskRuns = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void stop() {
		this.releaseTask.countDown();
		this.taskWorker.shutdownNow();
		this.alertWorker.shutdownNow();
	}

	private static Batch batch(Channel channel, long first, int entries) {
		Batch.Builder batch = Batch.newBuilder().setChannel(channel).setEpoch("e1");
		for (int i = 0; i < entries; i++) {
			batch.addEntries(Entry.newBuilder().setSeq(first + i));
		}
		return batch.build();
	}

	/** A task lane whose batch takes until the test releases it. */
	private ChannelLane slowTaskLane(java.util.concurrent.Executor worker) {
		return new ChannelLane(worker, 8, 2048, (run) -> {
			this.taskRuns.add(run.size());
			this.taskInProgress.set(true);
			this.taskStarted.countDown();
			try {
				this.releaseTask.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.taskInProgress.set(false);
		}, (chunk) -> {
		});
	}

	@Test
	void appliesAnAlertWhileATaskBatchIsInProgress() throws InterruptedException {
		ChannelLane tasks = slowTaskLane(this.taskWorker);
		CountDownLatch alertApplied = new CountDownLatch(1);
		List<Boolean> taskBusyWhenAlertApplied = Collections.synchronizedList(new ArrayList<>());
		ChannelLane alerts = new ChannelLane(this.alertWorker, 8, 2048, (run) -> {
			taskBusyWhenAlertApplied.add(this.taskInProgress.get());
			alertApplied.countDown();
		}, (chunk) -> {
		});
		tasks.offer(batch(Channel.CHANNEL_TASK, 1, 256));
		assertThat(this.taskStarted.await(10, TimeUnit.SECONDS)).isTrue();
		alerts.offer(batch(Channel.CHANNEL_ALERT, 1, 1));
		assertThat(alertApplied.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(taskBusyWhenAlertApplied).containsExactly(true);
	}

	@Test
	void oneWorkerForEveryChannelMakesTheAlertWait() throws InterruptedException {
		// the control: both channels on one serial worker, as a session was before lanes
		ChannelLane tasks = slowTaskLane(this.taskWorker);
		CountDownLatch alertApplied = new CountDownLatch(1);
		ChannelLane alerts = new ChannelLane(this.taskWorker, 8, 2048, (run) -> alertApplied.countDown(), (chunk) -> {
		});
		tasks.offer(batch(Channel.CHANNEL_TASK, 1, 256));
		assertThat(this.taskStarted.await(10, TimeUnit.SECONDS)).isTrue();
		alerts.offer(batch(Channel.CHANNEL_ALERT, 1, 1));
		assertThat(alertApplied.await(1, TimeUnit.SECONDS)).isFalse();
		this.releaseTask.countDown();
		assertThat(alertApplied.await(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void handsOverWaitingBatchesInOrderAsRunsUpToTheMergeCap() {
		List<Runnable> queued = new ArrayList<>();
		List<List<Long>> runs = new ArrayList<>();
		ChannelLane lane = new ChannelLane(queued::add, 8, 600,
				(run) -> runs.add(run.stream().map((batch) -> batch.getEntries(0).getSeq()).toList()), (chunk) -> {
				});
		for (int i = 0; i < 5; i++) {
			lane.offer(batch(Channel.CHANNEL_TASK, 1 + 256L * i, 256));
		}
		assertThat(queued).hasSize(1);
		queued.get(0).run();
		assertThat(runs).containsExactly(List.of(1L, 257L), List.of(513L, 769L), List.of(1025L));
	}

	@Test
	void aClosedLaneDropsWhatWaitsAndARetiredOneWaitsForTheRunInProgress() throws InterruptedException {
		ChannelLane tasks = slowTaskLane(this.taskWorker);
		tasks.offer(batch(Channel.CHANNEL_TASK, 1, 256));
		assertThat(this.taskStarted.await(10, TimeUnit.SECONDS)).isTrue();
		tasks.offer(batch(Channel.CHANNEL_TASK, 257, 256));
		CountDownLatch retired = new CountDownLatch(1);
		Thread retiring = new Thread(() -> {
			tasks.retire();
			retired.countDown();
		});
		retiring.start();
		assertThat(retired.await(500, TimeUnit.MILLISECONDS)).as("retire waits for the batch in progress").isFalse();
		this.releaseTask.countDown();
		assertThat(retired.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.taskInProgress.get()).isFalse();
		// the second batch waited in the lane: dropped, never applied, nor any later one
		tasks.offer(batch(Channel.CHANNEL_TASK, 513, 256));
		this.taskWorker.shutdown();
		assertThat(this.taskWorker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.taskRuns).containsExactly(1);
	}

}
