package com.claimdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/** Every REST route of the application, found by reading its compiled resource classes. */
final class Routes {

    /** One route: its HTTP method, path template ("/claims/{id}") and what its body must be. */
    record Route(String method, String path, String consumes) {
        String key() {
            return method + " " + path;
        }

        boolean api() {
            return path.startsWith("/api/");
        }
    }

    private Routes() {
    }

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        Path root = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(root.resolve("com/claimdesk"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> type = Class.forName(name, false, Routes.class.getClassLoader());
                jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String http = method.isAnnotationPresent(GET.class) ? "GET"
                            : method.isAnnotationPresent(POST.class) ? "POST"
                            : method.isAnnotationPresent(PUT.class) ? "PUT"
                            : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (http == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                    Consumes consumes = method.getAnnotation(Consumes.class);
                    if (consumes == null) {
                        consumes = type.getAnnotation(Consumes.class);
                    }
                    routes.add(new Route(http, join(classPath.value(), methodPath == null ? "" : methodPath.value()),
                            consumes == null ? "" : consumes.value()[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return routes;
    }

    private static String join(String first, String second) {
        String joined = ("/" + first + "/" + second).replaceAll("/+", "/");
        joined = joined.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
