package org.ducha.node.task.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.Assignment;
import org.ducha.node.task.TaskDetail;
import org.ducha.node.task.TaskReplication;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.Link;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the task channel towards a child: every task held here that has assignees in
 * the child's subtree, once per assignee node with that node's assignments, as it was
 * issued.
 */
@Component
class TaskSnapshots implements SnapshotContributor {

	private final TaskReplication tasks;

	private final Directory directory;

	TaskSnapshots(TaskReplication tasks, Directory directory) {
		this.tasks = tasks;
		this.directory = directory;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_TASK;
	}

	@Override
	public String name() {
		return "tasks";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		Set<String> nodes = this.directory.spokenForBy(peer);
		String fromTask = afterKey.isEmpty() ? "" : afterKey.substring(0, afterKey.indexOf('/'));
		List<SnapshotRecord> records = new ArrayList<>();
		for (TaskDetail detail : this.tasks.concerning(nodes, fromTask, limit + 1)) {
			Map<String, List<Assignment>> byNode = new LinkedHashMap<>();
			detail.assignments()
				.stream()
				.filter((a) -> nodes.contains(a.getUnitNode()))
				.sorted(java.util.Comparator.comparing(Assignment::getUnitNode))
				.forEach((a) -> byNode.computeIfAbsent(a.getUnitNode(), (n) -> new ArrayList<>()).add(a));
			for (Map.Entry<String, List<Assignment>> entry : byNode.entrySet()) {
				String key = detail.task().getId() + "/" + entry.getKey();
				if (key.compareTo(afterKey) > 0) {
					records.add(new SnapshotRecord(key, Wire.recordId("task/" + key), detail.task().getIssuingNode(),
							entry.getKey(), detail.task().getIssuedAt(),
							TaskWire.taskIssued(detail.task(), entry.getValue())));
				}
			}
			if (records.size() >= limit) {
				break;
			}
		}
		return records.subList(0, Math.min(records.size(), limit));
	}

}
