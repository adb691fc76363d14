# Builds the boot jar and runs it. Set TELEGRAM_BOT_TOKEN and/or DISCORD_TOKEN, and MONGODB_URI
# for a real MongoDB; without MONGODB_URI the embedded store writes to /data (mount a volume).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY bot-core/ bot-core/
COPY adapters/ adapters/
COPY config/ config/
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app followthrough && mkdir -p /data && chown followthrough /data
WORKDIR /app
COPY --from=build /src/config/target/followthrough.jar /app/followthrough.jar
USER followthrough
ENV FOLLOWTHROUGH_DATA_DIR=/data
VOLUME /data
ENTRYPOINT ["java", "-jar", "/app/followthrough.jar"]
