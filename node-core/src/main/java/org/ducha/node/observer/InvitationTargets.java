package org.ducha.node.observer;

import java.util.Optional;

import org.ducha.node.security.Actor;

/**
 * The objects of one kind an observer can be invited to, implemented by the feature that
 * owns them (tasks, inspection plans), so that this package needs none of them.
 */
public interface InvitationTargets {

	/** The kind of object these targets are. */
	TargetKind kind();

	/**
	 * The title of an object an inviting supervisor may see and invite to; empty when
	 * there is no such object, or the supervisor may not see it (both answer alike).
	 */
	Optional<String> titleFor(String targetId, Actor inviter);

}
