package org.ducha.node.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Role;

/**
 * Which roles may be granted on which path (三员分立, docs/security.md "Delegated
 * administration"): a security administrator creating people grants business roles only;
 * an administrator role is granted only by appointment, one per account.
 */
final class RoleGrants {

	/** The roles of the work itself, which delegated creation may grant. */
	static final Set<Role> BUSINESS = EnumSet.of(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD,
			Role.OBSERVER);

	/** The three separate administrators: appointed by the level above, never created. */
	static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.SYSADMIN, Role.SECADMIN, Role.AUDITOR);

	private RoleGrants() {
	}

	/**
	 * The roles of a delegated creation, all of them business roles.
	 * @throws ForbiddenException for an administrator role
	 * @throws InvalidRequestException for no role or an unknown one
	 */
	static List<Role> businessRoles(List<String> claims) {
		List<Role> roles = known(claims);
		if (roles.stream().anyMatch(ADMINISTRATORS::contains)) {
			throw new ForbiddenException("委派创建只能授予业务角色（督查员、领导、承办人、单位负责人、观察员）；" + "系统管理员、安全管理员和审计员由上一级的安全管理员任命（三员分立）。"
					+ " Delegated creation grants business roles only (supervisor, leader, handler, unit-head, "
					+ "observer); sysadmin, secadmin and auditor are appointed by the security administrator "
					+ "of the level above.");
		}
		return roles;
	}

	/**
	 * The one administrator role of an appointment.
	 * @throws InvalidRequestException for anything else
	 */
	static Role administratorRole(String claim) {
		return Role.ofClaim(claim)
			.filter(ADMINISTRATORS::contains)
			.orElseThrow(() -> new InvalidRequestException("任命只授予一个管理员角色：sysadmin、secadmin 或 auditor，而不是 " + claim
					+ "。 An appointment grants one administrator role: sysadmin, secadmin or auditor, not " + claim
					+ "."));
	}

	/** Whether a person holds an administrator role (as claims). */
	static boolean holdsAdministratorRole(List<String> claims) {
		return claims.stream()
			.map(Role::ofClaim)
			.flatMap(java.util.Optional::stream)
			.anyMatch(ADMINISTRATORS::contains);
	}

	private static List<Role> known(List<String> claims) {
		if (claims == null || claims.isEmpty()) {
			throw new InvalidRequestException("一个用户至少需要一个角色。 A user needs at least one role.");
		}
		return claims.stream()
			.map((claim) -> Role.ofClaim(claim)
				.filter((role) -> role != Role.NODE)
				.orElseThrow(() -> new InvalidRequestException("未知角色 " + claim + "。 Unknown role " + claim + ".")))
			.distinct()
			.toList();
	}

}
