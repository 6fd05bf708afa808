package cn.lvzhi.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Chinese first: zh-CN unless the user picks another language with {@code ?lang=}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("lvzhi-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	private final BeanFactory beans;

	WebConfiguration(BeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// First of all: permission before anything reads, binds or validates the request.
		registry.addInterceptor(new PermissionFirst(beans)).order(Ordered.HIGHEST_PRECEDENCE);
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		// Not on the error dispatch: there, reading a parameter of a request whose body the
		// container refused (over the multipart limit) throws again, and the error response is lost.
		registry.addInterceptor(change).excludePathPatterns("/error", "/error/**");
	}
}
