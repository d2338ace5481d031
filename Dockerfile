# Pedal Access Atlas — container image.
# Build:  docker build -t pedal-access-atlas .
# Run:    docker run -p 8080:8080 -v atlas-data:/data pedal-access-atlas
# The content/ folder is copied into the image and validated at start; the H2 database lives in the /data volume.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
COPY frontend/ frontend/
COPY content/ content/
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:25-jre
RUN groupadd --system atlas && useradd --system --gid atlas --home-dir /app --shell /usr/sbin/nologin atlas \
    && mkdir -p /app /data && chown atlas:atlas /data \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /build/target/pedal-access-atlas-*.jar /tmp/atlas.jar
COPY --from=build /build/content/ /app/content/
# Start-up: the jar is extracted and a JDK 25 AOT cache is made by a training run that stops once the Spring context
# has refreshed (Spring Boot's documented way; see docs/benchmark.md for the measured gain). The training run uses a
# throw-away database, so no data is baked into the image. The cache only works with this same JRE and classpath.
RUN java -Djarmode=tools -jar /tmp/atlas.jar extract --destination /app/extracted && rm /tmp/atlas.jar \
    && ATLAS_DATA_DIR=/tmp/aot-training ATLAS_CONTENT_DIR=/app/content \
       java -XX:AOTCacheOutput=/app/atlas.aot -Dspring.context.exit=onRefresh -jar /app/extracted/atlas.jar \
    && rm -rf /tmp/aot-training
ENV PORT=8080 \
    ATLAS_DATA_DIR=/data \
    ATLAS_CONTENT_DIR=/app/content \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# ATLAS_DB_URL, ATLAS_DB_USER and ATLAS_DB_PASSWORD may point the atlas at another database.
VOLUME ["/data"]
EXPOSE 8080
USER atlas
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/atlas.aot", "-jar", "/app/extracted/atlas.jar"]
