# mailbot worker: `docker build -t mailbot .` then run with MAILBOT_* variables (see README).
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    MAILBOT_TEMPLATES_DIR=/app/templates \
    MAILBOT_DATABASE__URL=sqlite:////data/mailbot.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY mailbot ./mailbot
RUN pip install --no-cache-dir .
COPY templates ./templates
COPY config ./config

RUN useradd --system --uid 10001 --home-dir /data --create-home mailbot
USER mailbot
VOLUME ["/data"]

# Passwords come from MAILBOT_IMAP__PASSWORD(_FILE) / MAILBOT_SMTP__PASSWORD(_FILE), e.g. Docker secrets.
ENTRYPOINT ["mailbot"]
CMD ["run", "--config", "config/mailbot.toml"]
