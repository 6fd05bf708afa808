package cn.lvzhi.web;

import java.beans.PropertyEditorSupport;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * One place that refuses control characters in every text a client sends: a NUL, or any other
 * C0 control character but tab, line feed and carriage return (which multi-line text needs), or
 * DEL. PostgreSQL cannot store a NUL in text at all and H2 stores it, so without this the same
 * input would be refused on one database and kept (and then fail to migrate) on the other.
 * <ul>
 * <li>JSON bodies: every string Jackson reads, at any depth; {@link ApiProblems} answers 422
 * naming the field.</li>
 * <li>Query parameters, path variables and form fields: every text the web data binder converts;
 * a parameter is answered 400 naming it, a field of a page's form is shown as its field error.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TextInputs {

	/** The index of the first refused character, or -1. */
	static int refused(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return i;
			}
		}
		return -1;
	}

	@Bean
	JacksonModule controlCharactersRefused() {
		return new SimpleModule("lvzhi-text-inputs").addDeserializer(String.class, new Strings());
	}

	/** Jackson's own string reading, then the check. */
	static final class Strings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			String value = super.deserialize(p, ctxt);
			if (value != null && refused(value) >= 0) {
				throw new Refused(p);
			}
			return value;
		}
	}

	/** A string of a JSON body with a control character; its path names the field. */
	static final class Refused extends DatabindException {

		private static final long serialVersionUID = 1L;

		Refused(JsonParser p) {
			super(p, "Text with a control character");
		}

		/** The field as API.md names fields: {@code title}, {@code members[0].name}. */
		String field() {
			return getPath().stream().map(r -> r.getPropertyName() != null ? "." + r.getPropertyName()
					: r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "").collect(Collectors.joining()).replaceFirst("^\\.", "");
		}
	}

	/** Every text bound by a controller: query parameters, path variables, form fields. */
	@ControllerAdvice
	static class Binding {

		@InitBinder
		void refuseControlCharacters(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
				@Override
				public void setAsText(String text) {
					if (text != null && refused(text) >= 0) {
						throw new IllegalArgumentException("Text with a control character");
					}
					setValue(text);
				}

				@Override
				public String getAsText() {
					Object value = getValue();
					return value == null ? "" : value.toString();
				}
			});
		}
	}
}
