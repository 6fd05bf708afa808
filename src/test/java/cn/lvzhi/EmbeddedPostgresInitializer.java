package cn.lvzhi;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one real PostgreSQL (on a free port, in a temporary folder) for the application contexts
 * that use it, and points them at it. Nothing needs to be installed: the server comes from Maven.
 * The server stops when the last context using it closes — after that context's connection pool,
 * so that shutting down never waits on a database that is already gone.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedPostgres postgres;

	private static int users;

	static synchronized EmbeddedPostgres acquire() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
			}
		}
		users++;
		return postgres;
	}

	static synchronized void release() throws IOException {
		if (--users == 0 && postgres != null) {
			postgres.close();
			postgres = null;
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EmbeddedPostgres server = acquire();
		// Registered first, so destroyed last: after the DataSource has been closed.
		context.getBeanFactory()
			.registerSingleton("embeddedPostgresRelease", (DisposableBean) EmbeddedPostgresInitializer::release);
		TestPropertyValues
			.of("spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
					"spring.datasource.username=postgres", "spring.datasource.password=postgres")
			.applyTo(context);
	}
}
