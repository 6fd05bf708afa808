package cn.lvzhi.audit;

import java.time.Clock;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.lvzhi.shared.CurrentUser;

/**
 * Records a signed-in user being refused something (403): who tried what. Refusals of visitors
 * who are not signed in are not recorded (every visit before sign-in would be one).
 */
@Configuration(proxyBeanMethods = false)
class AccessDenials {

	/** Makes method security ({@code @PreAuthorize}) publish its refusals too, not only URL rules. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	@Bean
	Listener accessDeniedListener(AuditEntries entries, Clock clock) {
		return new Listener(entries, clock);
	}

	static class Listener {

		private final AuditEntries entries;

		private final Clock clock;

		Listener(AuditEntries entries, Clock clock) {
			this.entries = entries;
			this.clock = clock;
		}

		@EventListener
		void denied(AuthorizationDeniedEvent<?> event) {
			Supplier<Authentication> supplier = event.getAuthentication();
			Authentication authentication = supplier == null ? null : supplier.get();
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| !(authentication.getPrincipal() instanceof CurrentUser user)) {
				return;
			}
			String what = null;
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
				HttpServletRequest request = attributes.getRequest();
				what = request.getMethod() + " " + request.getRequestURI();
			}
			entries.append(new AuditEntries.NewEntry(user.districtId(), clock.instant(), user.username(),
					AuditRecorder.rolesOf(user), AuditRecorder.remoteAddress(), "ACCESS_DENIED", "REQUEST", null,
					false, what == null ? "access denied" : "access denied: " + what));
		}
	}
}
