package cn.lvzhi.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.springframework.http.MediaType;

/**
 * The body of a request with an {@code Idempotency-Key}, as the {@link IdempotencyFilter} hashes
 * it: the request to pass on (one the controller can still read) and the bytes that stand for
 * its body, so that a faithful repeat hashes the same. {@code digest} is null for a multipart
 * body the container cannot parse.
 */
record IdempotentBody(HttpServletRequest request, byte[] digest) {

	/** The body of the request; {@code null} when it is over {@code maxBody} bytes. */
	static IdempotentBody of(HttpServletRequest request, long maxBody) throws IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			return multipart(request);
		}
		if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			// The container parses form parameters from its own stream: read them, not the bytes.
			var canonical = new ByteArrayOutputStream();
			for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
				field(canonical, parameter.getKey().getBytes(StandardCharsets.UTF_8));
				for (String value : parameter.getValue()) {
					field(canonical, value.getBytes(StandardCharsets.UTF_8));
				}
			}
			return new IdempotentBody(request, canonical.toByteArray());
		}
		byte[] bytes = readAtMost(request.getInputStream(), maxBody);
		return bytes == null ? null : new IdempotentBody(new BufferedRequest(request, bytes), bytes);
	}

	/**
	 * A multipart body stands for its parts (name, file name, type and content), not its raw
	 * bytes: clients choose a new boundary for every request, so the raw bytes of a faithful
	 * repeat differ. The container parses the parts (within the multipart limits) and keeps
	 * them for the controller.
	 */
	private static IdempotentBody multipart(HttpServletRequest request) throws IOException {
		List<Part> parts;
		try {
			parts = new ArrayList<>(request.getParts());
		}
		catch (IllegalStateException | ServletException | IOException e) {
			return new IdempotentBody(request, null);
		}
		var canonical = new ByteArrayOutputStream();
		for (Part part : parts) {
			field(canonical, bytes(part.getName()));
			field(canonical, bytes(part.getSubmittedFileName()));
			field(canonical, bytes(part.getContentType()));
			try (InputStream in = part.getInputStream()) {
				field(canonical, sha256().digest(in.readAllBytes()));
			}
		}
		return new IdempotentBody(request, canonical.toByteArray());
	}

	/** SHA-256 (hex) of method, path with query and body: the same request gives the same hash. */
	static String hash(String method, String path, String query, byte[] body) {
		MessageDigest digest = sha256();
		var out = new ByteArrayOutputStream();
		field(out, method.getBytes(StandardCharsets.UTF_8));
		field(out, path.getBytes(StandardCharsets.UTF_8));
		field(out, bytes(query));
		digest.update(out.toByteArray());
		digest.update(body);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static byte[] bytes(String value) {
		return value == null ? new byte[] { 0 } : value.getBytes(StandardCharsets.UTF_8);
	}

	/** Length-prefixed, so that no two different sequences of fields give the same bytes. */
	private static void field(ByteArrayOutputStream out, byte[] value) {
		int n = value.length;
		out.write(n >>> 24);
		out.write(n >>> 16);
		out.write(n >>> 8);
		out.write(n);
		out.write(value, 0, n);
	}

	private static byte[] readAtMost(InputStream in, long max) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		return bytes.length > max ? null : bytes;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}
}
