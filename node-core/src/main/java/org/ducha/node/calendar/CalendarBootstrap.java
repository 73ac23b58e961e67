package org.ducha.node.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a node's first start, loads the bundled notices as calendar version 0, so that every
 * node answers on its own.
 */
@Component
class CalendarBootstrap implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(CalendarBootstrap.class);

	private final CalendarStore store;

	private final WorkingCalendar calendar;

	private final NodeIdentity self;

	private final TransactionTemplate transaction;

	CalendarBootstrap(CalendarStore store, WorkingCalendar calendar, NodeIdentity self,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.calendar = calendar;
		this.self = self;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void afterPropertiesSet() {
		loadBundled();
	}

	/**
	 * Loads, as version 0, every bundled notice of a year this node holds no notice for
	 * (all of them on a first start; a newer release's extra years later); safe to call
	 * again.
	 */
	void loadBundled() {
		this.transaction.executeWithoutResult((status) -> {
			for (Notice notice : BundledNotices.load(this.self.code())) {
				if (this.store.versionOf(notice.year()) < 0) {
					this.store.replace(notice);
					logger.info("Loaded the bundled holiday notice of {} as calendar version 0", notice.year());
				}
			}
		});
		this.calendar.reloadAfterCommit();
	}

}
