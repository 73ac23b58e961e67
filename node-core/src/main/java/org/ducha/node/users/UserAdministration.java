package org.ducha.node.users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.ServiceUnavailableException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node's security administrator (secadmin) manages the people of its own government and
 * of the governments below it, and appoints the administrators of the nodes right below
 * it. The node holding the identity provider's power (the province) carries it out for
 * every node's security administrator, scoped to that administrator's subtree; every
 * other node forwards its own administrators' requests there (docs/security.md,
 * "Delegated administration"). Each node records what went through it in its audit trail;
 * an appointment is also told to the appointed node, which records it in its own
 * ({@link AppointmentsFromAbove}).
 */
@Service
public class UserAdministration {

	private final Optional<UserAuthority> authority;

	private final boolean holdsDirectory;

	private final NodeIdentity self;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAdministration(ObjectProvider<UserDirectory> directory, ObjectProvider<UserAuthority> relay, NodeIdentity self,
			AuditTrail audit, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		UserDirectory users = directory.getIfAvailable();
		this.holdsDirectory = users != null;
		this.authority = (users != null) ? Optional.of(new SubtreeAdministration(users))
				: Optional.ofNullable(relay.getIfAvailable());
		this.self = self;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	public List<ManagedUser> list(Actor actor, int page, int size) {
		requireSecadmin(actor);
		return authority().list(actor, page, size);
	}

	public ManagedUser get(String id, Actor actor) {
		requireSecadmin(actor);
		return authority().get(id, actor);
	}

	public ManagedUser create(NewUser user, Actor actor) {
		requireSecadmin(actor);
		RoleGrants.businessRoles(user.roles());
		ManagedUser created = authority().create(user, actor);
		record(actor, "USER_CREATED", "user " + created.username() + " (" + created.id() + ") in " + user.groupCode()
				+ " with roles " + created.roles());
		return created;
	}

	public ManagedUser setEnabled(String id, boolean enabled, Actor actor) {
		requireSecadmin(actor);
		ManagedUser user = authority().setEnabled(id, enabled, actor);
		record(actor, enabled ? "USER_ENABLED" : "USER_DISABLED", "user " + user.username() + " (" + id + ")");
		return user;
	}

	public ManagedUser move(String id, String groupCode, Actor actor) {
		requireSecadmin(actor);
		ManagedUser user = authority().move(id, groupCode, actor);
		record(actor, "USER_MOVED", "user " + user.username() + " (" + id + ") to " + groupCode);
		return user;
	}

	/**
	 * Appoints an administrator of a node right below the caller's: a new account with
	 * one administrator role, whose first credential only the person sets.
	 */
	public ManagedUser appoint(NewAdministrator administrator, Actor actor) {
		requireSecadmin(actor);
		RoleGrants.administratorRole(administrator.role());
		ManagedUser appointed = authority().appoint(administrator, actor);
		// The identity provider takes part in no transaction of ours, and rolling
		// one back would not undo the account: the appointment is recorded only
		// once it succeeded, and no database transaction is held open across the
		// remote call. The record here and the message to the appointed node then
		// commit together or not at all.
		this.transactions.executeWithoutResult((status) -> {
			this.audit.recordWithChange(AuditCategory.SECURITY, "ADMINISTRATOR_APPOINTED", actor.subject(), null,
					"user " + appointed.username() + " (" + appointed.id() + ") as " + administrator.role() + " of "
							+ administrator.nodeCode() + on(actor));
			if (actsHere(actor)) {
				this.events.publishEvent(
						new AdministratorAppointed(this.self.code(), administrator.nodeCode(), appointed.username(),
								appointed.id(), administrator.role(), actor.subject(), this.clock.instant()));
			}
		});
		return appointed;
	}

	/**
	 * Whether the appointing administrator acts at this node. The node that carries out
	 * an appointment for a node below's administrator (the province) is not the
	 * appointing node: that node tells the appointed node itself once the province
	 * answered.
	 */
	private boolean actsHere(Actor actor) {
		return this.self.code().equals(actor.orgCode());
	}

	private String on(Actor actor) {
		return actsHere(actor) ? "" : " for the security administrator of " + actor.orgCode();
	}

	private void record(Actor actor, String action, String detail) {
		this.audit.record(AuditCategory.SECURITY, action, actor.subject(), null, detail + on(actor));
	}

	/**
	 * A security administrator of this node; where the directory is, also one of a node
	 * below, whose own node forwarded the request (the scope is then that node's
	 * subtree).
	 */
	private void requireSecadmin(Actor actor) {
		boolean ownNode = this.self.code().equals(actor.orgCode());
		if (!actor.has(Role.SECADMIN) || !(ownNode || (this.holdsDirectory && actor.orgCode() != null))) {
			throw new ForbiddenException("只有" + this.self.name() + "的安全管理员管理其用户。 Only a security administrator of "
					+ this.self.name() + " manages its users.");
		}
	}

	private UserAuthority authority() {
		return this.authority.orElseThrow(() -> new ServiceUnavailableException("用户管理需要 Keycloak 领域和本节点的客户端（省级节点），"
				+ "或省级节点的地址（其他节点）。 User administration needs the Keycloak realm and this node's client "
				+ "(ducha.security.keycloak.issuer-uri and .client-secret) at the province, "
				+ "or the province node's address (ducha.users.province-url) at any other node"));
	}

}
