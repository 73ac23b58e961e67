package org.ducha.node.observer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The invitations this node made.
 */
@Repository
class InvitationStore {

	private static final String COLUMNS = "id, observer, target_kind, target_id, target_title, valid_from, "
			+ "valid_until, invited_by, invited_at, withdrawn_by, withdrawn_at, withdraw_reason";

	private final JdbcClient jdbc;

	InvitationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Invitation invitation) {
		this.jdbc.sql("INSERT INTO observer_invitation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(invitation.id(), invitation.observer(), invitation.kind().name(), invitation.targetId(),
					invitation.targetTitle(), Date.valueOf(invitation.from()), Date.valueOf(invitation.until()),
					invitation.invitedBy(), Timestamp.from(invitation.invitedAt()), null, null, null)
			.update();
	}

	/**
	 * Records a withdrawal, unless another one was recorded since the invitation was
	 * read.
	 * @return whether it was recorded
	 */
	boolean withdraw(Invitation withdrawn) {
		Invitation.Withdrawal withdrawal = withdrawn.withdrawal();
		return this.jdbc
			.sql("UPDATE observer_invitation SET withdrawn_by = ?, withdrawn_at = ?, withdraw_reason = ? "
					+ "WHERE id = ? AND withdrawn_at IS NULL")
			.params(withdrawal.by(), Timestamp.from(withdrawal.at()), withdrawal.reason(), withdrawn.id())
			.update() == 1;
	}

	Optional<Invitation> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM observer_invitation WHERE id = ?")
			.param(id)
			.query(InvitationStore::row)
			.optional();
	}

	/** Every invitation of this node, newest first. */
	List<Invitation> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM observer_invitation ORDER BY invited_at DESC, id DESC")
			.query(InvitationStore::row)
			.list();
	}

	/** The invitations of one observer, newest first, withdrawn ones included. */
	List<Invitation> of(String observer) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM observer_invitation WHERE observer = ? ORDER BY invited_at DESC, id DESC")
			.param(observer)
			.query(InvitationStore::row)
			.list();
	}

	private static Invitation row(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
		return new Invitation(rs.getString("id"), rs.getString("observer"),
				TargetKind.valueOf(rs.getString("target_kind")), rs.getString("target_id"),
				rs.getString("target_title"), rs.getDate("valid_from").toLocalDate(),
				rs.getDate("valid_until").toLocalDate(), rs.getString("invited_by"),
				rs.getTimestamp("invited_at").toInstant(),
				(withdrawnAt != null) ? new Invitation.Withdrawal(rs.getString("withdrawn_by"), withdrawnAt.toInstant(),
						rs.getString("withdraw_reason")) : null);
	}

}
