package io.github.clvss.admin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes a script payload into every text field of a record, found by reflection over the
 * record's components (and the records, optionals, lists and maps inside it), one field at a
 * time, through the service that stores that kind of record. A field the domain refuses (a code,
 * an e-mail address, a SIRET…) or that the service does not keep is skipped, with why; the
 * payload is shortened when the field is too short for it. The result says, for each kind, which
 * fields now hold a payload and which were skipped.
 */
final class ScriptPayloads {

    /** What a payload would set if it ran: the screens and documents are checked for it. */
    static final String FLAG = "__xss";

    /** Every payload planted so far, of every kind. */
    static final Set<String> PLANTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The payloads for a kind, longest first: a {@code javascript:} address, an image whose error
     * handler sets {@link #FLAG}, a script that sets it, quotes of both kinds, and the characters a
     * calendar must escape ({@code ;} and {@code ,}); the two longest end with the kind's tag, so a
     * screen can be seen showing that kind's payload.
     */
    static List<String> payloads(String kind) {
        String tag = " #" + kind.replace(' ', '-');
        return List.of(
                "javascript:window.__xss=1//<img src=x onerror=\"window.__xss=1;\"><script>window.__xss=1,2</script>\"'" + tag,
                "<img src=x onerror=window.__xss=1>\"'" + tag,
                "<script>__xss=1</script>",
                "<b>x</b>\"'");
    }

    /**
     * One kind of record a person writes.
     *
     * @param name the kind, as reported
     * @param read the stored record, read afresh
     * @param write stores a changed record
     * @param notText paths of text components no person writes, each with why
     */
    record Kind(String name, Supplier<Object> read, Function<Object, Object> write, Map<String, String> notText) {

        Kind(String name, Supplier<Object> read, Function<Object, Object> write) {
            this(name, read, write, Map.of());
        }
    }

    /**
     * What happened to one kind.
     *
     * @param kind the kind's name
     * @param covered the paths of the fields that now hold a payload
     * @param skipped the paths skipped, each with why
     * @param held the payloads the fields hold
     */
    record Outcome(String kind, List<String> covered, Map<String, String> skipped, Set<String> held) {

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(kind + ": " + covered.size() + " text field(s) hold a payload " + covered);
            skipped.forEach((path, why) -> out.append("\n    skipped ").append(path).append(": ").append(why));
            return out.toString();
        }
    }

    private ScriptPayloads() {
    }

    /** Plants payloads in every text field of {@code kind}'s record that takes one. */
    static Outcome plant(Kind kind) {
        Object first = kind.read().get();
        List<List<String>> slots = slots(first, first.getClass(), 0);
        List<String> covered = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        Set<String> held = new java.util.HashSet<>();
        for (List<String> slot : slots) {
            String path = String.join(".", slot);
            if (kind.notText().containsKey(path)) {
                skipped.put(path, "not written by a person: " + kind.notText().get(path));
                continue;
            }
            String why = "";
            boolean kept = false;
            for (String payload : payloads(kind.name())) {
                PLANTED.add(payload);
                Object changed;
                try {
                    changed = with(kind.read().get(), slot, payload);
                } catch (RuntimeException e) {
                    why = "the domain refuses it (" + describe(e) + ")";
                    continue;
                }
                try {
                    kind.write().apply(changed);
                } catch (RuntimeException e) {
                    if (e instanceof io.github.clvss.core.shared.InvalidInputException
                            || e instanceof IllegalArgumentException) {
                        why = "the service refuses it (" + describe(e) + ")";
                        continue;
                    }
                    throw new AssertionError(kind.name() + "." + path + ": writing a payload failed", e);
                }
                Object stored = at(kind.read().get(), slot);
                if (payload.equals(stored)) {
                    held.add(payload);
                    kept = true;
                    break;
                }
                why = "the service does not keep it (stored: " + stored + ")";
            }
            if (kept) {
                covered.add(path);
            } else {
                skipped.put(path, why);
            }
        }
        return new Outcome(kind.name(), List.copyOf(covered), skipped, Set.copyOf(held));
    }

    private static String describe(RuntimeException e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /**
     * The text fields inside {@code value}, each as its path of steps: a component's name,
     * {@code ?} for an optional's content, {@code [0]} for a list's first element, {@code {key}}
     * for a map's value. An empty optional or list of texts is a field too (a payload fills it).
     */
    static List<List<String>> slots(Object value, Type type, int depth) {
        List<List<String>> found = new ArrayList<>();
        if (depth > 6) {
            return found;
        }
        if (value instanceof String) {
            found.add(List.of());
        } else if (value instanceof Optional<?> optional) {
            Type inner = argument(type, 0);
            if (optional.isPresent()) {
                prefix("?", slots(optional.get(), inner, depth + 1), found);
            } else if (inner == String.class) {
                found.add(List.of("?"));
            }
        } else if (value instanceof List<?> list) {
            Type inner = argument(type, 0);
            if (!list.isEmpty()) {
                prefix("[0]", slots(list.getFirst(), inner, depth + 1), found);
            } else if (inner == String.class) {
                found.add(List.of("[0]"));
            }
        } else if (value instanceof Map<?, ?> map && argument(type, 1) == String.class) {
            map.keySet().stream().map(String::valueOf).sorted().forEach(key -> found.add(List.of("{" + key + "}")));
        } else if (value instanceof Record && value.getClass().getName().startsWith("io.github.clvss.core.")) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                prefix(component.getName(), slots(read(value, component), component.getGenericType(), depth + 1), found);
            }
        }
        return found;
    }

    private static void prefix(String step, List<List<String>> paths, List<List<String>> into) {
        for (List<String> path : paths) {
            List<String> longer = new ArrayList<>();
            longer.add(step);
            longer.addAll(path);
            into.add(List.copyOf(longer));
        }
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    /** The value at {@code path} inside {@code value}, or null when there is none. */
    static Object at(Object value, List<String> path) {
        Object current = value;
        for (String step : path) {
            if (current == null) {
                return null;
            }
            current = switch (step) {
                case "?" -> ((Optional<?>) current).orElse(null);
                case "[0]" -> ((List<?>) current).isEmpty() ? null : ((List<?>) current).getFirst();
                default -> step.startsWith("{") ? mapValue((Map<?, ?>) current, step) : component(current, step);
            };
        }
        return current;
    }

    private static Object mapValue(Map<?, ?> map, String step) {
        String key = step.substring(1, step.length() - 1);
        return map.entrySet().stream().filter(e -> String.valueOf(e.getKey()).equals(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static Object component(Object record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return read(record, component);
            }
        }
        throw new IllegalArgumentException("no component " + name + " in " + record.getClass());
    }

    /** A copy of {@code value} with {@code text} at {@code path}, built through the records' constructors. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object with(Object value, List<String> path, String text) {
        if (path.isEmpty()) {
            return text;
        }
        String step = path.getFirst();
        List<String> rest = path.subList(1, path.size());
        if (step.equals("?")) {
            Optional<?> optional = (Optional<?>) value;
            return Optional.of(optional.isPresent() ? with(optional.get(), rest, text) : text);
        }
        if (step.equals("[0]")) {
            List<Object> list = new ArrayList<>((List<?>) value);
            if (list.isEmpty()) {
                list.add(text);
            } else {
                list.set(0, with(list.getFirst(), rest, text));
            }
            return value instanceof Set ? Set.copyOf(list) : List.copyOf(list);
        }
        if (step.startsWith("{")) {
            Map copy = new LinkedHashMap<>((Map<?, ?>) value);
            String key = step.substring(1, step.length() - 1);
            Object realKey = copy.keySet().stream().filter(k -> String.valueOf(k).equals(key)).findFirst().orElseThrow();
            copy.put(realKey, text);
            return Map.copyOf(copy);
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = read(value, components[i]);
            types[i] = components[i].getType();
            if (components[i].getName().equals(step)) {
                arguments[i] = with(arguments[i], rest, text);
            }
        }
        try {
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(Object record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
