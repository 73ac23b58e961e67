package org.ducha.node.reminder;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the reminders other nodes send down this way, and reads them for a re-sync.
 */
@Service
public class ReminderReplication {

	private final ReminderStore store;

	private final ReminderPublication publication;

	ReminderReplication(ReminderStore store, ReminderPublication publication) {
		this.store = store;
		this.publication = publication;
	}

	/**
	 * A reminder as its sender stated it; kept once, and delivered when it is addressed
	 * here.
	 * @return whether it was new here
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean applySent(Reminder reminder) {
		return this.publication.keep(reminder);
	}

	/**
	 * Reminders sent from outside the given nodes to one of them, whose assignment is not
	 * known to be finished (re-sync down).
	 */
	@Transactional(readOnly = true)
	public List<Reminder> openInto(Collection<String> inside, String afterId, int limit) {
		return this.store.openInto(inside, afterId, limit);
	}

}
