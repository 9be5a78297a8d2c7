package io.github.clvss.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * H2 is an optional dependency of vss-core: an embedder on PostgreSQL leaves it out. Here vss-core's
 * classes are loaded again by a class loader that cannot see {@code org.h2}.
 */
class WithoutH2Test {

    @Test
    void vss_core_loads_without_h2_and_asking_it_for_its_own_database_says_what_to_add() throws Exception {
        try (WithoutH2 loader = new WithoutH2()) {
            Class<?> vss = loader.loadClass(Vss.class.getName());
            assertThat(vss.getClassLoader()).as("vss-core's classes come from the loader without H2").isSameAs(loader);

            // the referral plug-ins come through ServiceLoader, which asks the context class loader
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                assertThatThrownBy(() -> invokeInMemory(vss))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("com.h2database:h2")
                        .hasMessageContaining("DataSource");
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }

    private static void invokeInMemory(Class<?> vss) throws Throwable {
        try {
            vss.getMethod("inMemory", Clock.class).invoke(null, Clock.systemUTC());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Defines vss-core's classes itself, refuses H2's, and leaves every other class to the test's loader. */
    private static final class WithoutH2 extends ClassLoader implements AutoCloseable {

        WithoutH2() {
            super("without-h2", WithoutH2Test.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("org.h2.")) {
                    throw new ClassNotFoundException(name);
                }
                if (!name.startsWith("io.github.clvss.core.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = define(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        public void close() {
        }
    }
}
