package org.ducha.node.attachment.web;

import jakarta.servlet.MultipartConfigElement;

import org.ducha.node.attachment.AttachmentSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart limits that follow {@code ducha.attachments.max-size}: the file may be
 * exactly that large, the request a little larger for the form around it. (This replaces
 * Spring Boot's {@code spring.servlet.multipart.*} limits, so that the two cannot
 * disagree.)
 */
@Configuration(proxyBeanMethods = false)
class AttachmentWebConfiguration {

	/** Room for the multipart boundaries and headers around the file. */
	private static final long FORM_OVERHEAD = 64 * 1024;

	/** Parts above this size are buffered on disk instead of in memory. */
	private static final int IN_MEMORY = 256 * 1024;

	@Bean
	MultipartConfigElement multipartConfigElement(AttachmentSettings settings) {
		long max = settings.maxSize().toBytes();
		return new MultipartConfigElement("", max, max + FORM_OVERHEAD, IN_MEMORY);
	}

}
