package org.ducha.node.database;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wraps every transactional method of the node's own services in a
 * {@link TransactionRetry}, outside the transaction it starts (the advisor runs before
 * the transaction's), so that a deadlock is retried in one place before any 409 reaches a
 * caller. {@code ducha.transactions.attempts} (3) bounds the runs of one transaction.
 */
@Configuration(proxyBeanMethods = false)
class TransactionRetryConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor transactionRetryAdvisor(Environment environment) {
		ClassFilter ours = (type) -> type.getName().startsWith("org.ducha.node.");
		ComposablePointcut transactional = new ComposablePointcut(
				new AnnotationMatchingPointcut(Transactional.class, null, true))
			.union(new AnnotationMatchingPointcut(null, Transactional.class, true))
			.intersection(ours);
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional,
				new TransactionRetry(environment.getProperty("ducha.transactions.attempts", Integer.class, 3)));
		// before the transaction advisor (the lowest precedence): outside the transaction
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return advisor;
	}

}
