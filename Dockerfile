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
COPY --from=build /build/target/pedal-access-atlas-*.jar /app/atlas.jar
COPY --from=build /build/content/ /app/content/
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
ENTRYPOINT ["java", "-jar", "/app/atlas.jar"]
