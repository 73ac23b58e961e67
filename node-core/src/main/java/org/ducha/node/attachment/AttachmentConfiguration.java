package org.ducha.node.attachment;

import org.ducha.node.NodeProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the bytes live: {@code <data-dir>/attachments}.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

	@Bean
	AttachmentStore attachmentStore(NodeProperties properties) {
		return new AttachmentStore(properties.getDataDir().resolve("attachments"));
	}

}
