package cn.lvzhi.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;

import org.springframework.stereotype.Component;

/**
 * Declares {@code null} in the OpenAPI document where a record component is annotated with
 * JSpecify's {@link Nullable}, as OpenAPI 3.1 writes it: {@code type: [integer, "null"]} (and
 * {@code null} among an enum's values), or {@code anyOf: [{$ref}, {type: "null"}]} for a
 * component that is an object of its own. Components without it never answer {@code null}; the
 * contract tests hold every response to that.
 */
@Component
class NullableComponents implements ModelConverter {

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema<?> schema = chain.next().resolve(type, context, chain);
		Class<?> raw = rawClass(type);
		if (schema == null || raw == null || !raw.isRecord()) {
			return schema;
		}
		Schema<?> model = schema;
		if (schema.get$ref() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			model = context.getDefinedModels().get(name);
		}
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		for (RecordComponent component : raw.getRecordComponents()) {
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)
					|| component.isAnnotationPresent(Nullable.class)) {
				Schema<?> property = model.getProperties().get(component.getName());
				if (property != null) {
					model.getProperties().put(component.getName(), nullable(property));
				}
			}
		}
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> nullable(Schema property) {
		if (property.get$ref() != null || property.getAllOf() != null) {
			var either = new Schema<>();
			either.setAnyOf(List.of(property, new Schema<>().types(Set.of("null"))));
			return either;
		}
		Set<String> types = new LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		types.add("null");
		property.setTypes(types);
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			var values = new ArrayList<>(property.getEnum());
			values.add(null);
			property.setEnum(values);
		}
		return property;
	}

	private static Class<?> rawClass(AnnotatedType type) {
		if (type.getType() instanceof Class<?> c) {
			return c;
		}
		if (type.getType() instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c) {
			return c;
		}
		if (type.getType() instanceof com.fasterxml.jackson.databind.JavaType j) {
			return j.getRawClass();
		}
		return null;
	}
}
