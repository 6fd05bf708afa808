package cn.lvzhi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * An {@link ApplicationModuleTest} of the module the test class lives in, with the modules it
 * depends on directly (or all, where a direct dependency needs more), on the in-memory H2 of the
 * test profile and the {@link TestClock}. The module graph is verified once, by
 * {@link ModularityTests}, not again in every module's context. A port of {@code activities}
 * whose implementing module is not in the context is a small fake ({@link ModulePorts}).
 *
 * <p>One context per module: every test class of a module with the same mode and configuration
 * shares it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ TestClock.Configuration.class, ModulePorts.class })
public @interface ModuleTest {

	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
	BootstrapMode value() default BootstrapMode.DIRECT_DEPENDENCIES;
}
