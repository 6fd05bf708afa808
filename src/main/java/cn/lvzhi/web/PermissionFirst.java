package cn.lvzhi.web;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Permission before validation, for every controller at once: a handler's {@code @PreAuthorize}
 * is evaluated before its arguments are bound, read, converted and validated. Method security
 * alone runs only when the handler is called, after binding, so a user without the role would be
 * told that the body is invalid (422), malformed (400) or unreadable before being told that they
 * may not (403). The check is Spring Security's own {@code @PreAuthorize} interceptor (same
 * expressions, role hierarchy and audited denial events), called with no arguments and no
 * method call; the handler's own check still runs again when it is called.
 */
class PermissionFirst implements HandlerInterceptor {

	/** The bean that {@code @EnableMethodSecurity} registers for {@code @PreAuthorize}. */
	static final String PRE_AUTHORIZE = "preAuthorizeAuthorizationMethodInterceptor";

	private final BeanFactory beans;

	private volatile AuthorizationAdvisor advisor;

	PermissionFirst(BeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Object bean = method.getBean();
		if (bean instanceof String) {
			return true;
		}
		AuthorizationAdvisor preAuthorize = advisor();
		Method target = method.getMethod();
		if (!preAuthorize.getPointcut().getClassFilter().matches(AopUtils.getTargetClass(bean))
				|| !preAuthorize.getPointcut().getMethodMatcher().matches(target, AopUtils.getTargetClass(bean))) {
			return true;
		}
		try {
			((MethodInterceptor) preAuthorize).invoke(new CheckOnly(bean, target));
		}
		catch (RuntimeException | Error e) {
			throw e;
		}
		catch (Throwable e) {
			throw new IllegalStateException(e);
		}
		return true;
	}

	private AuthorizationAdvisor advisor() {
		if (advisor == null) {
			advisor = beans.getBean(PRE_AUTHORIZE, AuthorizationAdvisor.class);
		}
		return advisor;
	}

	/** The handler "called" with no arguments, doing nothing: only the check before it runs. */
	private record CheckOnly(Object bean, Method method) implements MethodInvocation {

		@Override
		public Method getMethod() {
			return method;
		}

		@Override
		public Object[] getArguments() {
			return new Object[method.getParameterCount()];
		}

		@Override
		public Object proceed() {
			return null;
		}

		@Override
		public Object getThis() {
			return bean;
		}

		@Override
		public AccessibleObject getStaticPart() {
			return method;
		}
	}
}
