package cn.lvzhi;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import cn.lvzhi.activities.ClosedCycles;
import cn.lvzhi.activities.PointsLookup;
import cn.lvzhi.activities.ReviewsInProgress;

/**
 * The ports of {@code activities} that downstream modules implement ({@link ClosedCycles} by
 * publication, {@link ReviewsInProgress} by evaluation, {@link PointsLookup} by the ledger), for a
 * {@link ModuleTest} whose context leaves the implementing module out: no cycle is closed, no
 * record is under review, a record's points are 0. Each is registered only where no bean of the
 * module that implements it is defined, so a context with that module tests the real one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModulePorts {

	@Bean
	static BeanDefinitionRegistryPostProcessor downstreamPortsWhereTheirModuleIsMissing() {
		return registry -> {
			register(registry, ClosedCycles.class, () -> (districtId, cycle) -> false);
			register(registry, ReviewsInProgress.class, () -> activityId -> false);
			register(registry, PointsLookup.class, () -> new PointsLookup() {

				@Override
				public int pointsOf(long activityId) {
					return 0;
				}

				@Override
				public Map<Long, Integer> pointsOf(Collection<Long> activityIds) {
					return Map.of();
				}
			});
		};
	}

	private static <T> void register(BeanDefinitionRegistry registry, Class<T> port, Supplier<T> fake) {
		if (((ListableBeanFactory) registry).getBeanNamesForType(port, true, false).length == 0) {
			registry.registerBeanDefinition("fake" + port.getSimpleName(), new RootBeanDefinition(port, fake));
		}
	}
}
