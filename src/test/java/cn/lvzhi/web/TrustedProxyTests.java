package cn.lvzhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.lvzhi.OnH2;

/**
 * Behind a TLS reverse proxy: the test profile trusts 127.0.0.1 as the proxy
 * ({@code server.tomcat.remoteip.internal-proxies}); a client connecting from 127.0.0.2 is not
 * trusted. Raw HTTP over sockets bound to each address, because which address a connection comes
 * from is the point. The container, not the database, decides this: one database is enough.
 */
@OnH2
class TrustedProxyTests {

	static final String PROXY = "127.0.0.1";

	static final String STRANGER = "127.0.0.2";

	private static final AtomicInteger clients = new AtomicInteger(10);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void httpsAtTheTrustedProxyGivesHstsAndSecureCookies() throws IOException {
		Answer answer = request(PROXY, "GET", "/login", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For",
				client()), null);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("strict-transport-security")).contains("max-age=");
		assertThat(answer.headers("set-cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure"));
		assertThat(answer.header("referrer-policy")).isEqualTo("same-origin");
	}

	@Test
	void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws IOException {
		Answer answer = request(STRANGER, "GET", "/login", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For",
				client()), null);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("strict-transport-security")).isNull();
		assertThat(answer.headers("set-cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
	}

	@Test
	void theAnonymousComplaintLimitCountsEachClientBehindTheProxyNotTheProxy() throws IOException {
		String first = client();
		for (int i = 0; i < 5; i++) {
			assertThat(complaintVia(PROXY, first).status()).as("complaint %d of the first client", i + 1).isEqualTo(201);
		}
		assertThat(complaintVia(PROXY, first).status()).isEqualTo(429);
		// Another constituent behind the same proxy is not shut out by the first one's complaints.
		assertThat(complaintVia(PROXY, client()).status()).isEqualTo(201);
	}

	@Test
	void anUntrustedClientCannotClaimAnotherAddressToEscapeTheLimit() throws IOException {
		// The stranger's own address is what counts, whatever it claims; other tests use other
		// claimed addresses, so only this test's complaints from 127.0.0.2 are counted here.
		int accepted = 0;
		for (int i = 0; i < 7; i++) {
			if (complaintVia(STRANGER, client()).status() == 201) {
				accepted++;
			}
		}
		assertThat(accepted).isLessThanOrEqualTo(5);
	}

	@Test
	void theAuditTrailRecordsTheClientsAddressNotTheProxys() throws IOException {
		String address = client();
		Answer answer = request(PROXY, "GET", "/api/v1/me", Map.of("X-Forwarded-For", address, "Authorization",
				"Basic " + java.util.Base64.getEncoder().encodeToString("admin:Wrong-Password-9".getBytes(StandardCharsets.UTF_8))),
				null);
		assertThat(answer.status()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from audit_entry where remote_address = ?").param(address)
			.query(Long.class).single()).isPositive();
	}

	private Answer complaintVia(String from, String client) throws IOException {
		return request(from, "POST", "/api/v1/complaints", Map.of("X-Forwarded-For", client, "Content-Type",
				"application/json"), "{\"content\":\"工作室周末不开门\"}");
	}

	/** An address from TEST-NET-3 (RFC 5737), new for each use. */
	private static String client() {
		int n = clients.incrementAndGet();
		return "203.0." + (n / 250) + "." + (n % 250 + 1);
	}

	private Answer request(String from, String method, String path, Map<String, String> headers, String body)
			throws IOException {
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getByName(PROXY), port), 10_000);
			socket.setSoTimeout(30_000);
			var head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: lvzhi.example.cn\r\nConnection: close\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.flush();
			return Answer.read(socket.getInputStream());
		}
	}

	record Answer(int status, Map<String, List<String>> headerMap) {

		static Answer read(InputStream in) throws IOException {
			var all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			String[] lines = text.substring(0, text.indexOf("\r\n\r\n")).split("\r\n");
			var headers = new LinkedHashMap<String, List<String>>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers);
		}

		String header(String name) {
			List<String> values = headerMap.get(name);
			return values == null ? null : values.get(0);
		}

		List<String> headers(String name) {
			return headerMap.getOrDefault(name, List.of());
		}
	}
}
