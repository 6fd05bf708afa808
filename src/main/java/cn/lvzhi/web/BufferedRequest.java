package cn.lvzhi.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body has been read already (by the {@link IdempotencyFilter}, to hash it): the
 * controller reads the buffered bytes.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private final ServletInputStream stream;

	BufferedRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
		var in = new ByteArrayInputStream(body);
		this.stream = new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, len);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("The body has been read already");
			}
		};
	}

	@Override
	public ServletInputStream getInputStream() {
		return stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
		return new BufferedReader(new InputStreamReader(stream, encoding));
	}

	@Override
	public int getContentLength() {
		return body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body.length;
	}
}
