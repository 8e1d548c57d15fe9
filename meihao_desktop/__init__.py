"""meihao_desktop: on-site inspection, scoring and recommendation forms for 美好家园 reviews."""

__version__ = "0.1.0"
