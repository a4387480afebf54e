package dev.descent.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.descent.core.Dataset;
import dev.descent.core.Limit;
import dev.descent.core.Model;
import dev.descent.core.optim.AdagradConfig;
import dev.descent.core.optim.AdamConfig;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.RmspropConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Saves and opens a {@link Session} as JSON with Jackson: the data list is streamed, point by point, between
 * the file and two {@code double[]} (no object per point, no tree of the file), and the small rest is read
 * and written as a tree:
 * <pre>
 * {
 *   "format" : "descent-session",
 *   "version" : 1,
 *   "preset" : "momentum",                      (optional: the lecture it came from)
 *   "logStyle" : "epoch",                       (optional: epoch, sgd or table; default epoch)
 *   "data" : [ [ 1.0, 2.0 ], [ 2.0, 4.0 ] ],    (the points, [x, y] each)
 *   "runs" : [ {                                (1 to 4 runs, the first is the main one)
 *     "label" : "momentum 0.8",                 (optional: default "run N")
 *     "colour" : 0,                             (optional: 0 to 3 in the chart palette; default its place)
 *     "model" : "affine",                       (line, affine or quadratic)
 *     "start" : [ -1.0, 1.0 ],                  (one starting value per parameter)
 *     "optimizer" : { "kind" : "sgd", "lr" : 0.1, "momentum" : 0.8, "dampening" : 0.8,
 *                     "nesterov" : false, "weightDecay" : 0.0 },
 *     "batchSize" : 0,                          (optional: 0 is the full batch)
 *     "shuffle" : false, "seed" : 0,            (optional)
 *     "epochs" : 50,
 *     "tolerance" : 0.0                         (optional)
 *   } ]
 * }
 * </pre>
 * Optimizer fields by kind: sgd (lr, momentum, dampening, nesterov, weightDecay), adam (lr, beta1, beta2,
 * eps, weightDecay), rmsprop (lr, alpha, eps, weightDecay), adagrad (lr, eps, weightDecay). Only kind and
 * lr are required; the others default to PyTorch's defaults. Saving writes every field.
 *
 * <p>Opening is strict: an unknown field, a value of the wrong type, a missing required field, a bad
 * value, too many runs, or a newer format version gets a {@link DataFileException} whose one-line message
 * names the file and the JSON path of the field, e.g. {@code lesson.json: runs[1].optimizer.lr: learning rate
 * -0.1 is out of range: it must be a number ≥ 0}; a setting's range and the wording of its refusal are the
 * core's ({@link Limit}), as on the command line and in the window. Nothing is returned until everything is
 * checked, so a bad file never half-loads. Only a regular file is opened, within the size, nesting, number
 * and text limits of {@link InputLimits}, and a message never carries a library's own words about itself.
 * Saving goes through {@link AtomicFiles}.
 */
public final class SessionFile {
    /** The format version this Descent writes and the newest it reads. */
    public static final int VERSION = 1;
    public static final String FORMAT = "descent-session";

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(InputLimits.MAX_SESSION_DEPTH)
                            .maxNumberLength(InputLimits.MAX_SESSION_NUMBER)
                            .maxStringLength(InputLimits.MAX_SESSION_TEXT)
                            .maxNameLength(InputLimits.MAX_SESSION_TEXT)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> TOP = Set.of("format", "version", "preset", "logStyle", "data", "runs");
    private static final Set<String> RUN = Set.of("label", "colour", "model", "start", "optimizer", "batchSize",
            "shuffle", "seed", "epochs", "tolerance");
    private static final Set<String> SGD = Set.of("kind", "lr", "momentum", "dampening", "nesterov", "weightDecay");
    private static final Set<String> ADAM = Set.of("kind", "lr", "beta1", "beta2", "eps", "weightDecay");
    private static final Set<String> RMSPROP = Set.of("kind", "lr", "alpha", "eps", "weightDecay");
    private static final Set<String> ADAGRAD = Set.of("kind", "lr", "eps", "weightDecay");

    private SessionFile() {
    }

    // ---- saving ----------------------------------------------------------------------------------

    /** Writes the session to {@code file}, all or nothing, streaming the points (no tree of them is built). */
    public static void save(Path file, Session session) throws DataFileException {
        AtomicFiles.write(file, out -> {
            OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            try (JsonGenerator g = MAPPER.createGenerator(buffered, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                write(g, session);
            }
            buffered.write('\n');
            buffered.flush();
        });
    }

    /** The session as JSON text, ending with a line break. */
    public static String toJson(Session session) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(text)) {
            write(g, session);
        } catch (IOException e) {
            throw new IllegalStateException("a session could not be turned into JSON", e);
        }
        return text + "\n";
    }

    /** Writes the session: the points one by one, the small rest (the runs) as a tree. */
    private static void write(JsonGenerator g, Session session) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        if (session.presetId() != null) {
            g.writeStringField("preset", session.presetId());
        }
        g.writeStringField("logStyle", session.logStyle());
        g.writeArrayFieldStart("data");
        Dataset d = session.data();
        for (int i = 0; i < d.size(); i++) {
            g.writeStartArray();
            g.writeNumber(d.x(i));
            g.writeNumber(d.y(i));
            g.writeEndArray();
        }
        g.writeEndArray();
        ArrayNode runs = NODES.arrayNode();
        for (Session.Run run : session.runs()) {
            RunConfig c = run.config();
            ObjectNode r = runs.addObject();
            r.put("label", run.label());
            r.put("colour", run.colour());
            r.put("model", c.model().id());
            ArrayNode start = r.putArray("start");
            for (double v : c.init()) {
                start.add(v);
            }
            r.set("optimizer", optimizer(c.optimizer()));
            r.put("batchSize", c.batchSize());
            r.put("shuffle", c.shuffle());
            r.put("seed", c.seed());
            r.put("epochs", c.epochs());
            r.put("tolerance", c.tolerance());
        }
        g.writeFieldName("runs");
        MAPPER.writeTree(g, runs);
        g.writeEndObject();
    }

    private static ObjectNode optimizer(OptimizerConfig config) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", config.id());
        o.put("lr", config.lr());
        if (config instanceof SgdConfig s) {
            o.put("momentum", s.momentum());
            o.put("dampening", s.dampening());
            o.put("nesterov", s.nesterov());
        } else if (config instanceof AdamConfig a) {
            o.put("beta1", a.beta1());
            o.put("beta2", a.beta2());
            o.put("eps", a.eps());
        } else if (config instanceof RmspropConfig r) {
            o.put("alpha", r.alpha());
            o.put("eps", r.eps());
        } else if (config instanceof AdagradConfig g) {
            o.put("eps", g.eps());
        }
        o.put("weightDecay", config.weightDecay());
        return o;
    }

    // ---- opening ---------------------------------------------------------------------------------

    /**
     * Opens a session file; every problem is one message naming the file and the field.
     *
     * @param knownPresetIds the lecture presets a session may name (any other id is refused)
     */
    public static Session load(Path file, Collection<String> knownPresetIds) throws DataFileException {
        String name = file.toString();
        try (InputStream in = InputFiles.open(file, "a session file", InputLimits.MAX_SESSION_BYTES)) {
            if (!isUtf8(in)) {
                throw new DataFileException(name + ": is not UTF-8 text, so not a session file");
            }
        } catch (IOException e) {
            throw InputFiles.cannotRead(name, e);
        }
        try (InputStream in = InputFiles.open(file, "a session file", InputLimits.MAX_SESSION_BYTES);
             BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            return read(MAPPER.createParser(text), name, knownPresetIds);
        } catch (JsonProcessingException e) {
            throw notJson(name, e);
        } catch (IOException e) {
            throw InputFiles.cannotRead(name, e);
        }
    }

    /** Whether the whole stream is UTF-8, checked a block at a time so that no copy of the file is kept. */
    private static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = n < 0;
            if (n > 0) {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult r;
            do {
                chars.clear();
                r = decoder.decode(bytes, chars, end);
                if (r.isError()) {
                    return false;
                }
            } while (r.isOverflow());
            bytes.compact();
        }
        chars.clear();
        return !decoder.flush(chars).isError();
    }

    /** Reads a session from JSON text; {@code name} starts every message. */
    public static Session parse(String json, String name, Collection<String> knownPresetIds) throws DataFileException {
        try {
            return read(MAPPER.createParser(json), name, knownPresetIds);
        } catch (JsonProcessingException e) {
            throw notJson(name, e);
        } catch (IOException e) {
            throw InputFiles.cannotRead(name, e);
        }
    }

    /**
     * Reads the whole text before checking a value, so that a file that is not JSON is refused as such
     * wherever its fault is; the first bad point is kept and reported in its turn.
     */
    private static Session read(JsonParser parser, String name, Collection<String> knownPresetIds) throws IOException, DataFileException {
        Streamed streamed;
        try (JsonParser p = parser) {
            streamed = Streamed.read(p);
        }
        if (streamed.root == null) {
            throw new DataFileException(name + ": is empty; a session file is a JSON object");
        }
        try {
            return new Reader(knownPresetIds).session(streamed.root, streamed.points);
        } catch (Problem p) {
            throw new DataFileException(name + ": " + (p.path.isEmpty() ? "" : p.path + ": ") + p.getMessage());
        }
    }

    private static DataFileException notJson(String name, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new DataFileException(name + where + ": not valid JSON (" + why(e) + ")", e);
    }

    /** The session's text read once: the points straight into arrays, everything else as a (small) tree. */
    private record Streamed(JsonNode root, Points points) {
        private static final ObjectReader TREE = MAPPER.readerFor(JsonNode.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

        static Streamed read(JsonParser p) throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Streamed(null, null);
            }
            if (t != JsonToken.START_OBJECT) {
                JsonNode root = TREE.readValue(p);
                nothingAfter(p);
                return new Streamed(root, null);
            }
            ObjectNode top = NODES.objectNode();
            Points points = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("data") && value == JsonToken.START_ARRAY) {
                    points = Points.read(p);
                    top.set(field, NODES.arrayNode());
                } else {
                    top.set(field, TREE.readValue(p));
                }
            }
            nothingAfter(p);
            return new Streamed(top, points);
        }

        private static void nothingAfter(JsonParser p) throws IOException {
            JsonToken after = p.nextToken();
            if (after != null) {
                throw MismatchedInputException.from(p, JsonNode.class,
                        "Trailing token (of type " + after + ") found after value");
            }
        }
    }

    /** The data list as two arrays, or the first bad point's problem (the rest is still read, as JSON). */
    private static final class Points {
        private double[] xs = new double[1024];
        private double[] ys = new double[1024];
        private int size;
        private Problem problem;
        /** How much of a point the fast path read before it gave up: -1 none, or 0 to 2 of its numbers. */
        private int read;
        private double x;
        private double y;

        /** Reads the list whose {@code [} is the parser's current token, up to and with its {@code ]}. */
        static Points read(JsonParser p) throws IOException {
            Points points = new Points();
            int index = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
                if (points.problem != null) {
                    p.skipChildren();
                } else if (!points.fast(p, t)) {
                    points.problem = points.slow(p, "data[" + index + "]");
                }
            }
            return points;
        }

        /**
         * Reads a point [x, y] of two finite numbers into the arrays; at anything else it stops, false,
         * with the parser on the first token it did not take.
         */
        private boolean fast(JsonParser p, JsonToken t) throws IOException {
            read = -1;
            if (t != JsonToken.START_ARRAY) {
                return false;
            }
            read = 0;
            if (!p.nextToken().isNumeric()) {
                return false;
            }
            x = p.getDoubleValue();
            read = 1;
            if (!p.nextToken().isNumeric()) {
                return false;
            }
            y = p.getDoubleValue();
            read = 2;
            if (p.nextToken() != JsonToken.END_ARRAY || !Double.isFinite(x) || !Double.isFinite(y)) {
                return false;
            }
            if (size == xs.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * size);
                xs = Arrays.copyOf(xs, grown);
                ys = Arrays.copyOf(ys, grown);
            }
            xs[size] = x;
            ys[size] = y;
            size++;
            return true;
        }

        /**
         * The problem of a point the fast path gave up on, found as a tree would show it: the numbers
         * already read begin the point's node, and the rest of the point is read as a tree.
         */
        private Problem slow(JsonParser p, String path) throws IOException {
            JsonNode point;
            if (read < 0) {
                point = Streamed.TREE.readValue(p);
            } else {
                ArrayNode list = NODES.arrayNode();
                if (read >= 1) {
                    list.add(x);
                }
                if (read == 2) {
                    list.add(y);
                }
                for (JsonToken at = p.currentToken(); at != JsonToken.END_ARRAY; at = p.nextToken()) {
                    list.add((JsonNode) Streamed.TREE.readValue(p));
                }
                point = list;
            }
            try {
                Reader.point(point, path);
            } catch (Problem problem) {
                return problem;
            }
            throw new IllegalStateException(path + " was refused as a point, then read as one");
        }

        Dataset dataset() throws Problem {
            if (problem != null) {
                throw problem;
            }
            if (size == 0) {
                throw new Problem("data", "has no points; a session needs at least one [x, y]");
            }
            double[] x = size == xs.length ? xs : Arrays.copyOf(xs, size);
            double[] y = size == ys.length ? ys : Arrays.copyOf(ys, size);
            xs = null;
            ys = null;
            return Dataset.adopt(x, y);
        }
    }

    /** Matches what reads as a Java class or member name, e.g. {@code StreamReadFeature.X} or {@code java.io.X}. */
    private static final java.util.regex.Pattern CODE_NAME =
            java.util.regex.Pattern.compile("`|\\b[A-Za-z]+\\.[A-Za-z_]+\\.[A-Za-z_]|\\b[A-Z][a-z]+[A-Z]\\w*\\.[A-Z_]{2,}|Exception|Feature");
    /** A quoted token in a parser's message, to be cut to the length messages quote. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']*)'");

    /** The parser's complaint in our words: the limits named as ours, quotes cut, and no class names. */
    static String why(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("nesting")) {
                return "nested more than " + InputLimits.MAX_SESSION_DEPTH + " levels deep; a session is 4";
            }
            if (m.contains("number")) {
                return "a number longer than " + InputLimits.count(InputLimits.MAX_SESSION_NUMBER) + " characters";
            }
            if (m.contains("name")) {
                return "a field name longer than " + InputLimits.count(InputLimits.MAX_SESSION_TEXT) + " characters";
            }
            if (m.contains("string")) {
                return "a text longer than " + InputLimits.count(InputLimits.MAX_SESSION_TEXT) + " characters";
            }
            return "it is larger than a session may be";
        }
        String why = firstLine(e.getOriginalMessage());
        for (String cut : List.of(" (start marker at", " at [Source", " [Source", "[Source")) {
            int i = why.indexOf(cut);
            if (i >= 0) {
                why = why.substring(0, i);
            }
        }
        why = why.strip();
        if (why.startsWith("Trailing token")) {
            return "there is more after the session's closing }";
        }
        java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("^Duplicate field '(.*)'$").matcher(why);
        if (duplicate.matches()) {
            return "Duplicate field '" + InputLimits.quoted(duplicate.group(1)) + "'";
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher q = QUOTED.matcher(why);
        while (q.find()) {
            q.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("'" + InputLimits.quoted(q.group(1)) + "'"));
        }
        q.appendTail(out);
        why = out.length() > 200 ? out.substring(0, 199) + "…" : out.toString();
        if (why.isEmpty() || CODE_NAME.matcher(why).find()) {
            return "the text is not JSON at this place";
        }
        return why;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** A problem at a JSON path; turned into a {@link DataFileException} with the file's name. */
    private static final class Problem extends Exception {
        final String path;

        Problem(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }

    /** Walks the tree, checking each field where it is read. */
    private static final class Reader {
        private final Collection<String> knownPresetIds;

        Reader(Collection<String> knownPresetIds) {
            this.knownPresetIds = knownPresetIds;
        }

        Session session(JsonNode root, Points points) throws Problem {
            ObjectNode top = object(root, "", "a session file");
            onlyFields(top, "", TOP, "a session file");
            int version = whole(required(top, "", "version"), "version", Integer.MIN_VALUE, Integer.MAX_VALUE);
            if (version > VERSION) {
                throw new Problem("version", version + " is newer than this Descent understands (it reads version "
                        + VERSION + "); please update Descent to open this session");
            }
            if (version < 1) {
                throw new Problem("version", version + " is not a session format version (they start at 1)");
            }
            if (top.has("format")) {
                String format = string(top.get("format"), "format");
                if (!format.equals(FORMAT)) {
                    throw new Problem("format", "'" + InputLimits.quoted(format) + "' is not a Descent session (expected '" + FORMAT + "')");
                }
            }
            String preset = null;
            if (top.has("preset") && !top.get("preset").isNull()) {
                String given = string(top.get("preset"), "preset");
                preset = given.strip().toLowerCase(Locale.ROOT);
                if (!knownPresetIds.contains(preset)) {
                    throw new Problem("preset", "unknown preset '" + InputLimits.quoted(given) + "': choose one of "
                            + String.join(", ", knownPresetIds));
                }
            }
            String style = Session.LOG_STYLES.get(0);
            if (top.has("logStyle")) {
                style = string(top.get("logStyle"), "logStyle");
                if (!Session.LOG_STYLES.contains(style)) {
                    throw new Problem("logStyle", "'" + InputLimits.quoted(style) + "' is not a log style; choose "
                            + Session.LOG_STYLES.get(0) + ", " + Session.LOG_STYLES.get(1) + " or "
                            + Session.LOG_STYLES.get(2));
                }
            }
            JsonNode dataNode = required(top, "", "data");
            Dataset data = points != null ? points.dataset() : data(dataNode);
            ArrayNode runList = array(required(top, "", "runs"), "runs");
            if (runList.isEmpty()) {
                throw new Problem("runs", "the list is empty; a session needs at least one run");
            }
            if (runList.size() > Session.MAX_RUNS) {
                throw new Problem("runs", "has " + runList.size() + " runs, but a session holds at most "
                        + Session.MAX_RUNS + " (the main run and 3 to compare)");
            }
            List<Session.Run> runs = new ArrayList<>();
            for (int i = 0; i < runList.size(); i++) {
                runs.add(run(runList.get(i), "runs[" + i + "]", i, data));
            }
            return new Session(data, runs, preset, style);
        }

        Dataset data(JsonNode node) throws Problem {
            ArrayNode points = array(node, "data");
            if (points.isEmpty()) {
                throw new Problem("data", "has no points; a session needs at least one [x, y]");
            }
            double[] xs = new double[points.size()];
            double[] ys = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                double[] xy = point(points.get(i), "data[" + i + "]");
                xs[i] = xy[0];
                ys[i] = xy[1];
            }
            return Dataset.of(xs, ys);
        }

        /** One point [x, y] of the data list, checked. */
        static double[] point(JsonNode p, String path) throws Problem {
            if (!p.isArray() || p.size() != 2) {
                throw new Problem(path, "expected a point [x, y], a list of 2 numbers, but found " + describe(p));
            }
            return new double[] {number(p.get(0), path + "[0]"), number(p.get(1), path + "[1]")};
        }

        Session.Run run(JsonNode node, String path, int index, Dataset data) throws Problem {
            ObjectNode r = object(node, path, "a run");
            onlyFields(r, path, RUN, "a run");
            String label = "run " + (index + 1);
            if (r.has("label")) {
                label = string(r.get("label"), path + ".label").strip();
                if (label.isEmpty()) {
                    throw new Problem(path + ".label", "is empty; give the run a name or leave the field out");
                }
            }
            int colour = r.has("colour") ? whole(r.get("colour"), path + ".colour", 0, Session.COLOURS - 1)
                    : index % Session.COLOURS;
            String modelId = string(required(r, path, "model"), path + ".model");
            Model model;
            try {
                model = Model.byId(modelId);
            } catch (IllegalArgumentException e) {
                throw new Problem(path + ".model", "unknown model '" + InputLimits.quoted(modelId)
                        + "': choose one of " + String.join(", ", java.util.Arrays.stream(Model.values()).map(Model::id).toList()));
            }
            ArrayNode startNode = array(required(r, path, "start"), path + ".start");
            double[] start = new double[startNode.size()];
            for (int k = 0; k < start.length; k++) {
                start[k] = number(startNode.get(k), path + ".start[" + k + "]");
            }
            if (start.length != model.parameterCount()) {
                throw new Problem(path + ".start", "the " + model.id() + " model " + model.formula() + " has "
                        + model.parameterCount() + " parameter" + (model.parameterCount() == 1 ? "" : "s") + " ("
                        + String.join(", ", model.parameterNames()) + ") but " + start.length + " starting value"
                        + (start.length == 1 ? " was" : "s were") + " given");
            }
            OptimizerConfig optimizer = optimizer(required(r, path, "optimizer"), path + ".optimizer");
            int epochs = whole(required(r, path, "epochs"), path + ".epochs", RunConfig.EPOCHS);
            int batchSize = r.has("batchSize") ? whole(r.get("batchSize"), path + ".batchSize", RunConfig.BATCH_SIZE) : 0;
            boolean shuffle = r.has("shuffle") && bool(r.get("shuffle"), path + ".shuffle");
            long seed = r.has("seed") ? wholeLong(r.get("seed"), path + ".seed") : 0;
            double tolerance = r.has("tolerance") ? within(r.get("tolerance"), path + ".tolerance", RunConfig.TOLERANCE) : 0;
            try {
                return new Session.Run(label, colour,
                        new RunConfig(data, model, optimizer, start, epochs, batchSize, shuffle, seed, tolerance));
            } catch (IllegalArgumentException e) {
                throw new Problem(path, e.getMessage());
            }
        }

        OptimizerConfig optimizer(JsonNode node, String path) throws Problem {
            ObjectNode o = object(node, path, "an optimizer");
            String kind = string(required(o, path, "kind"), path + ".kind");
            Set<String> fields = switch (kind) {
                case "sgd" -> SGD;
                case "adam" -> ADAM;
                case "rmsprop" -> RMSPROP;
                case "adagrad" -> ADAGRAD;
                default -> throw new Problem(path + ".kind", "'" + InputLimits.quoted(kind)
                        + "' is not an optimizer; choose sgd, adam, rmsprop or adagrad");
            };
            onlyFields(o, path, fields, "the " + kind + " optimizer");
            double lr = within(required(o, path, "lr"), path + ".lr", OptimizerConfig.LR);
            double weightDecay = optional(o, path, "weightDecay", 0, OptimizerConfig.WEIGHT_DECAY);
            try {
                return switch (kind) {
                    case "sgd" -> {
                        double momentum = optional(o, path, "momentum", 0, SgdConfig.MOMENTUM);
                        double dampening = optional(o, path, "dampening", 0, SgdConfig.DAMPENING);
                        boolean nesterov = o.has("nesterov") && bool(o.get("nesterov"), path + ".nesterov");
                        try {
                            SgdConfig.checkNesterov(momentum, dampening, nesterov);
                        } catch (IllegalArgumentException e) {
                            throw new Problem(path + ".nesterov", e.getMessage());
                        }
                        yield new SgdConfig(lr, momentum, dampening, nesterov, weightDecay);
                    }
                    case "adam" -> new AdamConfig(lr,
                            optional(o, path, "beta1", AdamConfig.DEFAULTS.beta1(), AdamConfig.BETA1),
                            optional(o, path, "beta2", AdamConfig.DEFAULTS.beta2(), AdamConfig.BETA2),
                            optional(o, path, "eps", AdamConfig.DEFAULTS.eps(), OptimizerConfig.EPSILON), weightDecay);
                    case "rmsprop" -> new RmspropConfig(lr,
                            optional(o, path, "alpha", RmspropConfig.DEFAULTS.alpha(), RmspropConfig.ALPHA),
                            optional(o, path, "eps", RmspropConfig.DEFAULTS.eps(), OptimizerConfig.EPSILON), weightDecay);
                    default -> new AdagradConfig(lr,
                            optional(o, path, "eps", AdagradConfig.DEFAULTS.eps(), OptimizerConfig.EPSILON), weightDecay);
                };
            } catch (IllegalArgumentException e) {
                throw new Problem(path, e.getMessage());
            }
        }

        private double optional(ObjectNode o, String path, String field, double dflt, Limit limit) throws Problem {
            return o.has(field) ? within(o.get(field), path + "." + field, limit) : dflt;
        }

        // ---- typed fields ----

        private static ObjectNode object(JsonNode node, String path, String what) throws Problem {
            if (!(node instanceof ObjectNode o)) {
                throw new Problem(path, "expected " + what + " (a JSON object {…}) but found " + describe(node));
            }
            return o;
        }

        private static ArrayNode array(JsonNode node, String path) throws Problem {
            if (!(node instanceof ArrayNode a)) {
                throw new Problem(path, "expected a list […] but found " + describe(node));
            }
            return a;
        }

        private static JsonNode required(ObjectNode o, String path, String field) throws Problem {
            JsonNode v = o.get(field);
            if (v == null) {
                throw new Problem(path, "the required field '" + field + "' is missing");
            }
            return v;
        }

        private static void onlyFields(ObjectNode o, String path, Set<String> allowed, String what) throws Problem {
            Iterator<String> names = o.fieldNames();
            while (names.hasNext()) {
                String f = names.next();
                if (!allowed.contains(f)) {
                    Set<String> sorted = new LinkedHashSet<>(allowed.stream().sorted().toList());
                    String field = InputLimits.quoted(f);
                    throw new Problem(path.isEmpty() ? field : path + "." + field, "unknown field for " + what
                            + " (its fields are " + String.join(", ", sorted) + ")");
                }
            }
        }

        private static double number(JsonNode node, String path) throws Problem {
            if (node == null || !node.isNumber()) {
                throw new Problem(path, "expected a number but found " + describe(node));
            }
            double v = node.doubleValue();
            if (!Double.isFinite(v)) {
                throw new Problem(path, "the number is too large (beyond ±1.8e308)");
            }
            return v;
        }

        /** A number in the range the core allows, refused in the core's words. */
        private static double within(JsonNode node, String path, Limit limit) throws Problem {
            double v = number(node, path);
            if (!limit.allows(v)) {
                throw new Problem(path, limit.refusal(v));
            }
            return v;
        }

        /** A whole number in the range the core allows, refused in the core's words. */
        private static int whole(JsonNode node, String path, Limit limit) throws Problem {
            if (node == null || !node.isIntegralNumber()) {
                throw new Problem(path, "expected a whole number but found " + describe(node));
            }
            if (!node.canConvertToLong()) {
                throw new Problem(path, limit.refusal(InputLimits.quoted(node.asText())));
            }
            if (!limit.allows(node.longValue())) {
                throw new Problem(path, limit.refusal(node.longValue()));
            }
            return node.intValue();
        }

        private static int whole(JsonNode node, String path, int min, int max) throws Problem {
            if (node == null || !node.isIntegralNumber()) {
                throw new Problem(path, "expected a whole number but found " + describe(node));
            }
            if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
                throw new Problem(path, InputLimits.quoted(node.asText()) + " is out of range; it must be between " + min + " and " + max);
            }
            return node.intValue();
        }

        private static long wholeLong(JsonNode node, String path) throws Problem {
            if (node == null || !node.isIntegralNumber()) {
                throw new Problem(path, "expected a whole number but found " + describe(node));
            }
            if (!node.canConvertToLong()) {
                throw new Problem(path, InputLimits.quoted(node.asText()) + " is too large for a seed");
            }
            return node.longValue();
        }

        private static boolean bool(JsonNode node, String path) throws Problem {
            if (node == null || !node.isBoolean()) {
                throw new Problem(path, "expected true or false but found " + describe(node));
            }
            return node.booleanValue();
        }

        private static String string(JsonNode node, String path) throws Problem {
            if (node == null || !node.isTextual()) {
                throw new Problem(path, "expected text in quotes but found " + describe(node));
            }
            return node.textValue();
        }

        private static String describe(JsonNode node) {
            if (node == null || node.isMissingNode()) {
                return "nothing";
            }
            return switch (node.getNodeType()) {
                case NULL -> "null";
                case BOOLEAN -> node.asText();
                case NUMBER -> "the number " + InputLimits.quoted(node.asText());
                case STRING -> "the text \"" + abbreviate(node.textValue()) + "\"";
                case ARRAY -> "a list of " + node.size();
                case OBJECT -> "an object {…}";
                default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
            };
        }

        /** At most 30 characters, control characters shown as {@code ?}, so the message stays one short line. */
        private static String abbreviate(String s) {
            return InputLimits.quoted(s.length() <= 30 ? s : s.substring(0, 27) + "…");
        }
    }
}
