package org.ducha.node.tree;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The nodes below this one: its configured children and what they announced of their
 * subtrees. Read on every entry, so it is cached; the cache changes only after the
 * database change committed. Changed only through {@link TreeAnnouncements}.
 */
@Repository
public class Directory {

	private final JdbcClient jdbc;

	private final NodeIdentity self;

	private final Clock clock;

	private volatile Map<String, DirectoryNode> cache;

	private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

	Directory(JdbcClient jdbc, NodeIdentity self, Clock clock) {
		this.jdbc = jdbc;
		this.self = self;
		this.clock = clock;
	}

	/** Registers a configured child (before it ever announced anything). */
	void ensureChild(String code) {
		this.jdbc
			.sql("INSERT IGNORE INTO fed_directory_node (code, name, parent_code, via_peer) VALUES (?, NULL, ?, ?)")
			.params(code, this.self.code(), code)
			.update();
		invalidateAfterCommit();
	}

	/** Every node below this one. */
	public List<DirectoryNode> all() {
		return new ArrayList<>(nodes().values());
	}

	/** Whether the code names this node or one below it. */
	public boolean isSelfOrBelow(String code) {
		return this.self.code().equals(code) || nodes().containsKey(code);
	}

	/** A node below this one, by its code. */
	public Optional<DirectoryNode> find(String code) {
		return Optional.ofNullable(nodes().get(code));
	}

	/** The child whose subtree holds a node. */
	public Optional<String> viaPeer(String code) {
		return find(code).map(DirectoryNode::viaPeer);
	}

	/**
	 * The nodes a link speaks for: a child's subtree (the child included) or, towards the
	 * parent, this node and everything below it.
	 */
	public Set<String> spokenForBy(Link link) {
		if (link.role() == PeerRole.CHILD) {
			return subtreeOf(link.peer());
		}
		Set<String> all = new java.util.HashSet<>(nodes().keySet());
		all.add(this.self.code());
		return all;
	}

	/** The codes of a child's subtree, the child included. */
	public Set<String> subtreeOf(String child) {
		return nodes().values()
			.stream()
			.filter((node) -> node.viaPeer().equals(child))
			.map(DirectoryNode::code)
			.collect(Collectors.toSet());
	}

	/**
	 * Replaces what a child announced of its subtree. A code this node already knows
	 * through another child, or this node's own code, is refused and reported.
	 * @return the refused codes
	 */
	List<String> announce(String child, String childName, List<DirectoryNode> announced) {
		Map<String, DirectoryNode> known = nodes();
		List<String> refused = new ArrayList<>();
		this.jdbc.sql("UPDATE fed_directory_node SET name = ?, announced_at = ? WHERE code = ?")
			.params(childName, Timestamp.from(this.clock.instant()), child)
			.update();
		this.jdbc.sql("DELETE FROM fed_directory_node WHERE via_peer = ? AND code <> ?").params(child, child).update();
		for (DirectoryNode node : announced) {
			DirectoryNode existing = known.get(node.code());
			boolean claimedElsewhere = existing != null && !existing.viaPeer().equals(child);
			if (node.code().equals(this.self.code()) || node.code().equals(child) || claimedElsewhere
					|| !NodeIdentity.isNodeCode(node.code())) {
				refused.add(node.code());
				continue;
			}
			this.jdbc
				.sql("INSERT INTO fed_directory_node (code, name, parent_code, via_peer, announced_at) "
						+ "VALUES (?, ?, ?, ?, ?)")
				.params(node.code(), node.name(), node.parentCode(), child, Timestamp.from(this.clock.instant()))
				.update();
		}
		invalidateAfterCommit();
		return refused;
	}

	private Map<String, DirectoryNode> nodes() {
		Map<String, DirectoryNode> nodes = this.cache;
		if (nodes == null) {
			long loading = this.generation.get();
			nodes = new HashMap<>();
			for (DirectoryNode node : this.jdbc.sql("SELECT code, name, parent_code, via_peer FROM fed_directory_node")
				.query((rs, row) -> new DirectoryNode(rs.getString("code"), rs.getString("name"),
						rs.getString("parent_code"), rs.getString("via_peer")))
				.list()) {
				nodes.put(node.code(), node);
			}
			// never cache what the current transaction changed but did not commit
			boolean changedHere = TransactionSynchronizationManager.hasResource(this);
			synchronized (this) {
				if (!changedHere && this.generation.get() == loading) {
					this.cache = Map.copyOf(nodes);
				}
			}
		}
		return nodes;
	}

	private void invalidateAfterCommit() {
		reload();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(Directory.this);
					reload();
				}
			});
		}
	}

	/** Forgets the cache; the next read loads the database (after a reset in tests). */
	public synchronized void reload() {
		this.generation.incrementAndGet();
		this.cache = null;
	}

}
