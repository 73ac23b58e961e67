package org.ducha.node.ledger.web;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uploads refused for their size: Tomcat reads and discards the rest of the aborted
 * upload (up to {@code server.tomcat.max-swallow-size}) before it closes the connection,
 * instead of aborting it at once under a client that is still sending, so that client can
 * still read the 413.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	TomcatContextCustomizer swallowAbortedUploads() {
		return (context) -> context.setSwallowAbortedUploads(true);
	}

}
