package org.ducha.node.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ducha.node.NodeIdentity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar every feature asks: is a day a working day, which date is N working days
 * after another. Answers from memory; the copy is replaced after a committed change.
 */
@Service
public class WorkingCalendar {

	private final CalendarStore store;

	private final Clock clock;

	private volatile CalendarData data;

	WorkingCalendar(CalendarStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The current view of the calendar. */
	public CalendarData data() {
		CalendarData current = this.data;
		if (current == null) {
			current = new CalendarData(this.store.all());
			this.data = current;
		}
		return current;
	}

	/**
	 * The calendar as the current transaction sees it, including a change it made but did
	 * not commit yet (the shared copy changes only after the commit).
	 */
	public CalendarData readNow() {
		return new CalendarData(this.store.all());
	}

	public CalendarDay day(LocalDate date) {
		return data().day(date);
	}

	public CalendarResult addWorkingDays(LocalDate from, int days) {
		return data().addWorkingDays(from, days);
	}

	public CalendarResult nthWorkingDay(int year, int month, int n) {
		return data().nthWorkingDay(year, month, n);
	}

	/** Today in Asia/Shanghai. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
	}

	public List<Notice> notices() {
		return this.store.all();
	}

	/**
	 * Reads the calendar again once the current transaction commits (or now, outside
	 * one).
	 */
	void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					WorkingCalendar.this.data = null;
				}
			});
		}
		else {
			this.data = null;
		}
	}

}
