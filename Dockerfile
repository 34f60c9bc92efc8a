# The observatory as a container image, built from this checkout (see "Running in production" in
# the README). The first stage builds the application jar exactly as `./sightline` does; the
# second runs it on a JRE as an unprivileged user.
FROM maven:3.9-eclipse-temurin-17 AS build
# The build fetches front-end assets with npm (app/package.json).
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package -pl app -am

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/sightline --create-home sightline
COPY --from=build /src/app/target/sightline.jar /opt/sightline/sightline.jar
USER sightline
# The search index and other derived files live here; the register itself is in PostgreSQL.
VOLUME /var/lib/sightline
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/sightline/sightline.jar"]
CMD ["serve", "--port", "8080", "--data", "/var/lib/sightline"]
