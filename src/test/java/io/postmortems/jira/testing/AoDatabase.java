package io.postmortems.jira.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import org.junit.rules.ExternalResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JUnit rule giving a test the app's Active Objects tables on one {@link TestDatabase}, empty before each test.
 * The tables are every {@code <entity>} of the descriptor's {@code <ao>} module (so a store added later is covered
 * once it is declared), named as Jira names them: {@code AO_xxxxxx_} prefix, upper-case columns, Atlassian's index
 * and unique-constraint names. They are made once per database and JVM ({@code migrateDestructively}), then emptied
 * before each test, which keeps the suite fast on the real servers.
 *
 * <p>{@link #newNode()} gives a second entity manager over the same database, with its own connections, as a second
 * Jira node has.</p>
 */
public final class AoDatabase extends ExternalResource {
    /** Jira prefixes an app's tables with AO_ and six hex digits derived from the app key. */
    public static final String TABLE_PREFIX = "AO_5E1A9C_";

    private static final Map<TestDatabase, EntityManager> SHARED = new EnumMap<>(TestDatabase.class);
    private static List<Class<? extends RawEntity<?>>> entities;

    private final TestDatabase database;
    private final List<EntityManager> nodes = new ArrayList<>();
    private EntityManager entityManager;

    public AoDatabase(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected void before() throws Throwable {
        entityManager = shared(database);
        clean(entityManager);
    }

    @Override
    protected void after() {
        if (database != TestDatabase.HSQLDB) {
            // (AO's HSQLDB provider shuts the in-memory database down on dispose, taking the shared tables with it)
            nodes.forEach(em -> em.getProvider().dispose());
        }
        nodes.clear();
    }

    public TestDatabase database() {
        return database;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** The ActiveObjects service over this test's entity manager. */
    public ActiveObjects activeObjects() {
        return FakeActiveObjects.over(entityManager);
    }

    /** Another entity manager over the same tables with its own connections (a second node); closed after the test. */
    public EntityManager newNode() {
        EntityManager em = build(database);
        nodes.add(em);
        return em;
    }

    /** Every entity of the descriptor's {@code <ao>} module. */
    @SuppressWarnings("unchecked")
    public static synchronized List<Class<? extends RawEntity<?>>> entities() {
        if (entities == null) {
            String descriptor;
            try {
                descriptor = Files.readString(Path.of("atlassian-plugin.xml.template"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the plugin descriptor: " + e.getMessage(), e);
            }
            Matcher ao = Pattern.compile("<ao\\b.*?</ao>", Pattern.DOTALL).matcher(descriptor);
            if (!ao.find()) {
                throw new IllegalStateException("the plugin descriptor has no <ao> module");
            }
            Matcher entity = Pattern.compile("<entity>\\s*([\\w.]+)\\s*</entity>").matcher(ao.group());
            List<Class<? extends RawEntity<?>>> found = new ArrayList<>();
            while (entity.find()) {
                try {
                    found.add((Class<? extends RawEntity<?>>) Class.forName(entity.group(1)));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("the <ao> module names a missing entity " + entity.group(1), e);
                }
            }
            entities = List.copyOf(found);
        }
        return entities;
    }

    private static synchronized EntityManager shared(TestDatabase database) throws SQLException {
        EntityManager em = SHARED.get(database);
        if (em == null) {
            em = build(database);
            em.migrateDestructively(entities().toArray(new Class[0]));
            SHARED.put(database, em);
        }
        return em;
    }

    private static EntityManager build(TestDatabase database) {
        database.prepare();
        return EntityManagerBuilder.url(database.url())
                .username(database.user())
                .password(database.password())
                .schema(database.schema())
                .dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(TABLE_PREFIX::concat))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void clean(EntityManager em) throws SQLException {
        for (Class<? extends RawEntity<?>> type : entities()) {
            em.deleteWithSQL((Class) type, "ID > ?", 0);
        }
        em.flushAll();
    }
}
