package io.github.clvss.core;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that, while counting, writes down every statement sent to the database: each
 * prepared statement, and each plain statement (a JDBC batch counts once however many rows it
 * carries). Tests use it to show that work is done in a bounded number of statements.
 */
final class CountedStatements implements DataSource {

    private final DataSource target;
    private final List<String> statements = new ArrayList<>();
    private volatile boolean counting;

    CountedStatements(DataSource target) {
        this.target = target;
    }

    /** The statements {@code work} sends, their SQL in lower case (a plain statement's is its first). */
    synchronized List<String> during(Runnable work) {
        statements.clear();
        counting = true;
        try {
            work.run();
        } finally {
            counting = false;
        }
        return List.copyOf(statements);
    }

    private synchronized void sent(String sql) {
        if (counting) {
            statements.add(sql.toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counted(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counted(target.getConnection(username, password));
    }

    private Connection counted(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            if (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")) {
                sent((String) args[0]);
            } else if (method.getName().equals("createStatement")) {
                return plain((Statement) result);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /** A plain statement counts once, at its first SQL (a batch of updates is one statement). */
    private Statement plain(Statement statement) {
        boolean[] seen = {false};
        InvocationHandler handler = (proxy, method, args) -> {
            if (!seen[0] && args != null && args.length > 0 && args[0] instanceof String sql
                    && (method.getName().startsWith("execute") || method.getName().equals("addBatch"))) {
                seen[0] = true;
                sent(sql);
            }
            return invoke(statement, method, args);
        };
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
