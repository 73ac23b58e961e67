package org.ducha.node.federation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable state of each link: whether it is paused, its connection state, last error
 * and reconnect count.
 */
@Repository
class LinkStore {

	private final JdbcClient jdbc;

	LinkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void ensure(Link link, Instant now) {
		this.jdbc.sql("INSERT IGNORE INTO fed_link (peer_code, peer_role, state, state_since) VALUES (?, ?, ?, ?)")
			.params(link.peer(), link.role().name(), LinkState.DISCONNECTED.name(), Timestamp.from(now))
			.update();
	}

	Optional<LinkRow> find(String peer) {
		return this.jdbc
			.sql("SELECT peer_code, peer_role, peer_name, paused, state, state_since, last_error, last_error_at, "
					+ "reconnects, last_hello_at, protocol_version FROM fed_link WHERE peer_code = ?")
			.param(peer)
			.query(LinkStore::row)
			.optional();
	}

	List<LinkRow> all() {
		return this.jdbc
			.sql("SELECT peer_code, peer_role, peer_name, paused, state, state_since, last_error, last_error_at, "
					+ "reconnects, last_hello_at, protocol_version FROM fed_link ORDER BY peer_role DESC, peer_code")
			.query(LinkStore::row)
			.list();
	}

	/** Records a new connection state; the time only changes when the state does. */
	void state(String peer, LinkState state, Instant now) {
		this.jdbc
			.sql("UPDATE fed_link SET state_since = CASE WHEN state = ? THEN state_since ELSE ? END, state = ? "
					+ "WHERE peer_code = ?")
			.params(state.name(), Timestamp.from(now), state.name(), peer)
			.update();
	}

	void hello(String peer, String peerName, Instant now) {
		this.jdbc.sql("UPDATE fed_link SET peer_name = ?, last_hello_at = ? WHERE peer_code = ?")
			.params(peerName, Timestamp.from(now), peer)
			.update();
	}

	/** Records the protocol version the link's session speaks (docs/protocol.md §5.6). */
	void version(String peer, int version) {
		this.jdbc.sql("UPDATE fed_link SET protocol_version = ? WHERE peer_code = ?").params(version, peer).update();
	}

	void error(String peer, String error, Instant now) {
		this.jdbc.sql("UPDATE fed_link SET last_error = ?, last_error_at = ? WHERE peer_code = ?")
			.params(OutboxStore.clip(error), Timestamp.from(now), peer)
			.update();
	}

	void reconnected(String peer) {
		this.jdbc.sql("UPDATE fed_link SET reconnects = reconnects + 1 WHERE peer_code = ?").param(peer).update();
	}

	void paused(String peer, boolean paused) {
		this.jdbc.sql("UPDATE fed_link SET paused = ? WHERE peer_code = ?").params(paused, peer).update();
	}

	private static LinkRow row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp errorAt = rs.getTimestamp("last_error_at");
		Timestamp helloAt = rs.getTimestamp("last_hello_at");
		return new LinkRow(rs.getString("peer_code"), PeerRole.valueOf(rs.getString("peer_role")),
				rs.getString("peer_name"), rs.getBoolean("paused"), LinkState.valueOf(rs.getString("state")),
				rs.getTimestamp("state_since").toInstant(), rs.getString("last_error"),
				(errorAt != null) ? errorAt.toInstant() : null, rs.getLong("reconnects"),
				(helloAt != null) ? helloAt.toInstant() : null, rs.getObject("protocol_version", Integer.class));
	}

	record LinkRow(String peer, PeerRole role, String peerName, boolean paused, LinkState state, Instant stateSince,
			String lastError, Instant lastErrorAt, long reconnects, Instant lastHelloAt, Integer protocolVersion) {
	}

}
