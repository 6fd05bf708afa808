package cn.lvzhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Lvzhi (履职积分): district Party congress representatives' duty performance, turned into
 * points that anyone can trace, check and trust.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LvzhiApplication {

	/** The clock every module reads the time from, so that tests can move it. */
	@org.springframework.context.annotation.Bean
	java.time.Clock clock() {
		return java.time.Clock.systemDefaultZone();
	}

	public static void main(String[] args) {
		SpringApplication.run(LvzhiApplication.class, args);
	}
}
