package io.github.fnspring.core;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * The envelope many vendor events share: a list of records, each carrying an object
 * named after the event's kind, such as SCF's {@code {"Records":[{"cos":{...}}]}} or
 * FunctionGraph's {@code {"record":[{"smn":{...}}]}}. That object is what tells the
 * event kinds apart, so every record must carry it.
 */
public final class EventRecords {

	private EventRecords() {
	}

	/**
	 * Reads each record of {@code root.<list>} with {@code reader}.
	 * @param list the name of the array of records
	 * @param kind the name of the object every record carries
	 * @return empty unless {@code list} is an array and every record carries an object
	 * named {@code kind}
	 */
	public static <T> Optional<List<T>> read(JsonNode root, String list, String kind, Function<JsonNode, T> reader) {
		JsonNode records = root.path(list);
		if (!records.isArray() || !records.valueStream().allMatch((record) -> record.path(kind).isObject())) {
			return Optional.empty();
		}
		return Optional.of(records.valueStream().map(reader).toList());
	}

}
